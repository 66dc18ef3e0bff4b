import type { PackageStatistics as PackageStats } from '@common/schemas/results';
import { useTranslation } from 'react-i18next';

/** Per package: attempts analysed, mean and spread of the score, and KR-20 reliability. */
export function PackageStatistics({ packages }: { packages: PackageStats[] }) {
  const { t, i18n } = useTranslation();
  const number = (value: number | null, digits: number) => (value === null ? t('common.empty') : value.toLocaleString(i18n.language, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  return (
    <div className="table-wrap package-stats">
      <table className="table table-compact" data-testid="package-stats">
        <caption className="visually-hidden">{t('results.items.packagesLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.columns.package')}</th>
            <th scope="col">{t('results.items.attempts')}</th>
            <th scope="col">{t('results.items.meanScore')}</th>
            <th scope="col">{t('results.items.sdScore')}</th>
            <th scope="col" title={t('results.items.kr20Explain')}>
              {t('results.items.kr20')}
            </th>
          </tr>
        </thead>
        <tbody>
          {packages.map((pkg) => (
            <tr key={pkg.packageId}>
              <td className="cell-strong">{pkg.packageName}</td>
              <td>{pkg.attempts}</td>
              <td>{number(pkg.meanScore, 1)}</td>
              <td>{number(pkg.sdScore, 1)}</td>
              <td>{number(pkg.kr20, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
