import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Assessment } from '../../api/assessments';
import {
  createPackage,
  deletePackage,
  deleteQuestion,
  duplicateQuestion,
  listPackages,
  reorderQuestions,
  type AuthoredQuestion,
  type QuestionPackage,
} from '../../api/questionBank';
import { Alert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { LoadingState } from '../../components/LoadingState';
import { useLoader } from '../../hooks/useLoader';
import { previewPath } from '../preview/paths';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeError } from './describeError';
import { PackageBar } from './PackageBar';
import { PackageParityWarning } from './PackageParityWarning';
import { QuestionEditor } from './QuestionEditor';
import { QuestionList } from './QuestionList';

type Editing = { question?: AuthoredQuestion; number: number } | null;
type Deleting = { kind: 'package'; pkg: QuestionPackage } | { kind: 'question'; question: AuthoredQuestion; number: number } | null;

interface QuestionBankPanelProps {
  assessment: Assessment;
  onChanged: () => void;
}

/** Packages and their questions: add and delete packages; add, edit, delete, move and duplicate questions; preview a package. */
export function QuestionBankPanel({ assessment, onChanged }: QuestionBankPanelProps) {
  const { t } = useTranslation();
  const { data: packages, error, reload } = useLoader((signal) => listPackages(assessment.id, signal), assessment.id);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Deleting>(null);
  const [adding, setAdding] = useState(false);
  const [arranging, setArranging] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  if (error) return <Alert tone="danger" action={{ label: t('common.retry'), onClick: reload }}>{describeError(t, error)}</Alert>;
  if (!packages) return <LoadingState />;
  const selected = packages.find((pkg) => pkg.id === selectedId) ?? packages[0];
  const locked = assessment.locked;

  function changed() {
    reload();
    onChanged();
  }

  async function addPackage() {
    setAdding(true);
    setFailure(null);
    try {
      const created = await createPackage(assessment.id);
      setSelectedId(created.id);
      changed();
    } catch (cause) {
      setFailure(cause);
    } finally {
      setAdding(false);
    }
  }

  /** Reorders or duplicates, then shows the package as the server now has it. */
  async function arrange(change: () => Promise<unknown>) {
    setArranging(true);
    setFailure(null);
    try {
      await change();
      changed();
    } catch (cause) {
      setFailure(cause);
    } finally {
      setArranging(false);
    }
  }

  function move(pkg: QuestionPackage, index: number, step: -1 | 1) {
    const ids = pkg.questions.map((q) => q.id);
    [ids[index], ids[index + step]] = [ids[index + step]!, ids[index]!];
    void arrange(() => reorderQuestions(pkg.id, ids));
  }

  return (
    <section className="card" aria-label={t('authoring.editor.tabs.questions')}>
      <PackageBar packages={packages} selectedId={selected?.id ?? null} locked={locked} adding={adding} onSelect={setSelectedId} onAdd={() => void addPackage()} />
      <PackageParityWarning packages={packages} />
      {failure !== null && <Alert tone="danger">{describeError(t, failure)}</Alert>}
      {!selected ? (
        <EmptyState testId="packages-empty">{t('authoring.packages.empty')}</EmptyState>
      ) : editing ? (
        <QuestionEditor
          key={editing.question?.id ?? 'new'}
          packageId={selected.id}
          packageName={selected.name}
          question={editing.question}
          number={editing.number}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            changed();
          }}
        />
      ) : (
        <>
          <div className="package-head">
            <h2>{t('authoring.packages.title', { name: selected.name, count: selected.questions.length })}</h2>
            <div className="row-actions">
              {selected.questions.length > 0 && (
                <Link className="button button-small button-secondary" to={previewPath(assessment.id, selected.id)} data-testid="preview-package">
                  {t('preview.open')}
                </Link>
              )}
              {!locked && (
                <>
                  <button type="button" className="button button-small button-danger-outline" onClick={() => setDeleting({ kind: 'package', pkg: selected })} data-testid="delete-package">
                    {t('authoring.packages.delete')}
                  </button>
                  <button type="button" className="button button-small button-primary" onClick={() => setEditing({ number: selected.questions.length + 1 })} data-testid="add-question">
                    {t('authoring.question.add')}
                  </button>
                </>
              )}
            </div>
          </div>
          {selected.questions.length ? (
            <QuestionList
              questions={selected.questions}
              locked={locked}
              busy={arranging}
              onMove={(index, step) => move(selected, index, step)}
              onDuplicate={(question) => void arrange(() => duplicateQuestion(question.id))}
              onEdit={(question, number) => setEditing({ question, number })}
              onDelete={(question, number) => setDeleting({ kind: 'question', question, number })}
            />
          ) : (
            <EmptyState testId="questions-empty">{t('authoring.packages.noQuestions')}</EmptyState>
          )}
        </>
      )}
      {deleting && (
        <ConfirmDialog
          title={deleting.kind === 'package' ? t('authoring.packages.deleteTitle') : t('authoring.question.deleteTitle')}
          message={
            deleting.kind === 'package'
              ? t('authoring.packages.deleteConfirm', { name: deleting.pkg.name, count: deleting.pkg.questions.length })
              : t('authoring.question.deleteConfirm', { number: deleting.number })
          }
          confirmLabel={t('authoring.question.delete')}
          describe={(cause) => describeError(t, cause, { in_use: 'authoring.conflicts.packageInUse' })}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            if (deleting.kind === 'package') await deletePackage(deleting.pkg.id);
            else await deleteQuestion(deleting.question.id);
            setDeleting(null);
            changed();
          }}
        />
      )}
    </section>
  );
}
