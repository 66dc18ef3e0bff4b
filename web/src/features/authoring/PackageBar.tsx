import { useTranslation } from 'react-i18next';
import type { QuestionPackage } from '../../api/questionBank';

interface PackageBarProps {
  packages: QuestionPackage[];
  selectedId: string | null;
  locked: boolean;
  adding: boolean;
  onSelect: (id: string) => void;
  onAdd: () => void;
}

/** Packages A, B, … as toggle buttons with their question counts, and "add package". */
export function PackageBar({ packages, selectedId, locked, adding, onSelect, onAdd }: PackageBarProps) {
  const { t } = useTranslation();
  return (
    <div className="package-bar">
      <div className="package-pills" role="group" aria-label={t('authoring.packages.label')}>
        {packages.map((pkg) => (
          <button
            key={pkg.id}
            type="button"
            className="package-pill"
            aria-pressed={pkg.id === selectedId}
            data-testid={`package-${pkg.name}`}
            onClick={() => onSelect(pkg.id)}
          >
            {t('authoring.packages.name', { name: pkg.name })}
            <span className="package-pill-count">{pkg.questions.length}</span>
          </button>
        ))}
      </div>
      {!locked && (
        <button type="button" className="button button-small button-secondary" onClick={onAdd} disabled={adding} data-testid="add-package">
          {t('authoring.packages.add')}
        </button>
      )}
    </div>
  );
}
