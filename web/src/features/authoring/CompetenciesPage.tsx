import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteCompetency, listCompetencies, type Competency } from '../../api/competencies';
import { LoadedList } from '../../components/LoadedList';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { CompetenciesTable } from './CompetenciesTable';
import { CompetencyFormDialog } from './CompetencyFormDialog';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeError } from './describeError';
import './authoring.css';

type OpenDialog = { kind: 'create' } | { kind: 'edit'; competency: Competency } | { kind: 'delete'; competency: Competency } | null;
type Notice = { key: string; code: string } | null;

/** The competencies assessments certify: list, create, edit, delete (refused while in use). */
export function CompetenciesPage() {
  const { t } = useTranslation();
  const { data: competencies, error, loading, reload } = useLoader(listCompetencies, 'competencies');
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<Notice>(null);

  function finish(key: string, code: string) {
    setDialog(null);
    setNotice({ key, code });
    reload();
  }

  return (
    <>
      <PageHeader
        title={t('authoring.competencies.title')}
        description={t('authoring.competencies.intro')}
        actions={
          <button type="button" className="button button-primary" onClick={() => setDialog({ kind: 'create' })} data-testid="add-competency">
            {t('authoring.competencies.add')}
          </button>
        }
      />
      {notice && (
        <Alert tone="success" testId="competencies-notice">
          {t(notice.key, { code: notice.code })}
        </Alert>
      )}
      <LoadedList items={competencies} loading={loading} error={error} reload={reload} emptyTestId="competencies-empty" empty={t('authoring.competencies.empty')}>
        {(competencies) => (
          <CompetenciesTable
            competencies={competencies}
            onEdit={(competency) => setDialog({ kind: 'edit', competency })}
            onDelete={(competency) => setDialog({ kind: 'delete', competency })}
          />
        )}
      </LoadedList>
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <CompetencyFormDialog
          competency={dialog.kind === 'edit' ? dialog.competency : undefined}
          onClose={() => setDialog(null)}
          onSaved={(saved) => finish(dialog.kind === 'edit' ? 'authoring.competencies.updated' : 'authoring.competencies.created', saved.code)}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('authoring.competencies.deleteTitle')}
          message={t('authoring.competencies.deleteConfirm', { code: dialog.competency.code, name: dialog.competency.name })}
          confirmLabel={t('authoring.competencies.delete')}
          describe={(cause) => describeError(t, cause, { in_use: 'authoring.conflicts.competencyInUse' })}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await deleteCompetency(dialog.competency.id);
            finish('authoring.competencies.deleted', dialog.competency.code);
          }}
        />
      )}
    </>
  );
}
