import type { PackageStatistics as PackageStats } from '@common/schemas/results';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../components/DataTable';
import { formatNumber } from '../../i18n/format';

/** Per package: attempts analysed, mean and spread of the score, and KR-20 reliability. */
export function PackageStatistics({ packages }: { packages: PackageStats[] }) {
  const { t, i18n } = useTranslation();
  const number = (value: number | null, digits: number) => (value === null ? t('common.empty') : formatNumber(value, i18n.language, { digits, fixed: true }));
  const columns: Column<PackageStats>[] = [
    { id: 'package', header: t('results.columns.package'), cellProps: { className: 'cell-strong' }, cell: (pkg) => pkg.packageName },
    { id: 'attempts', header: t('results.items.attempts'), cell: (pkg) => pkg.attempts },
    { id: 'mean', header: t('results.items.meanScore'), cell: (pkg) => number(pkg.meanScore, 1) },
    { id: 'sd', header: t('results.items.sdScore'), cell: (pkg) => number(pkg.sdScore, 1) },
    { id: 'kr20', header: t('results.items.kr20'), headerTitle: t('results.items.kr20Explain'), cell: (pkg) => number(pkg.kr20, 2) },
  ];
  return (
    <DataTable
      columns={columns}
      rows={packages}
      rowKey={(pkg) => pkg.packageId}
      label={t('results.items.packagesLabel')}
      className="table-compact"
      wrapClassName="package-stats"
      testId="package-stats"
    />
  );
}
