import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../api/assessments';
import { assignWorkers, listAssignments, unassignWorker, type AssignResponse, type Assignment } from '../../api/assignments';
import { Alert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { LoadingState } from '../../components/LoadingState';
import { useLoader } from '../../hooks/useLoader';
import { AssignedWorkersTable } from './AssignedWorkersTable';
import { CoacheePicker } from './CoacheePicker';
import { describeError } from './describeError';

type Notice = { tone: 'success'; result: AssignResponse } | { tone: 'danger'; message: string } | null;

function AssignSummary({ result }: { result: AssignResponse }) {
  const { t } = useTranslation();
  const parts = [
    t('authoring.assign.created', { count: result.created }),
    result.alreadyAssigned ? t('authoring.assign.existing', { count: result.alreadyAssigned }) : null,
    result.skipped.length ? t('authoring.assign.skipped', { count: result.skipped.length }) : null,
  ];
  return <>{parts.filter(Boolean).join(' ')}</>;
}

interface AssignmentPanelProps {
  assessment: Assessment;
  onChanged: () => void;
}

/** The assignment picker and the list of assigned workers, with unassigning before they start. */
export function AssignmentPanel({ assessment, onChanged }: AssignmentPanelProps) {
  const { t } = useTranslation();
  const assignments = useLoader((signal) => listAssignments(assessment.id, signal), assessment.id);
  const [notice, setNotice] = useState<Notice>(null);
  const [busyUserId, setBusyUserId] = useState<string | null>(null);
  const assignedIds = new Set((assignments.data ?? []).map((assignment) => assignment.userId));

  function changed() {
    assignments.reload();
    onChanged();
  }

  async function assign(request: Parameters<typeof assignWorkers>[1]): Promise<boolean> {
    setNotice(null);
    try {
      setNotice({ tone: 'success', result: await assignWorkers(assessment.id, request) });
      changed();
      return true;
    } catch (error) {
      setNotice({ tone: 'danger', message: describeError(t, error) });
      return false;
    }
  }

  async function unassign(assignment: Assignment) {
    setBusyUserId(assignment.userId);
    setNotice(null);
    try {
      await unassignWorker(assessment.id, assignment.userId);
      changed();
    } catch (error) {
      setNotice({ tone: 'danger', message: describeError(t, error, { locked: 'authoring.conflicts.workerStarted' }) });
      changed();
    } finally {
      setBusyUserId(null);
    }
  }

  return (
    <>
      {notice && (
        <Alert tone={notice.tone} testId="assign-notice">
          {notice.tone === 'success' ? <AssignSummary result={notice.result} /> : notice.message}
        </Alert>
      )}
      <section className="card" aria-labelledby="assign-title">
        <h2 id="assign-title">{t('authoring.assign.title')}</h2>
        <p className="muted">{t('authoring.assign.intro')}</p>
        {assessment.questionCount === 0 && <Alert tone="warning">{t('authoring.conflicts.noQuestions')}</Alert>}
        <CoacheePicker assignedIds={assignedIds} disabled={assessment.questionCount === 0} onAssign={assign} />
      </section>
      <section className="card" aria-labelledby="assigned-title">
        <h2 id="assigned-title">{t('authoring.assign.assignedTitle', { count: assignments.data?.length ?? 0 })}</h2>
        <p className="muted">{t('authoring.assign.assignedIntro')}</p>
        {assignments.error ? (
          <Alert tone="danger" action={{ label: t('common.retry'), onClick: assignments.reload }}>
            {describeError(t, assignments.error)}
          </Alert>
        ) : !assignments.data ? (
          <LoadingState />
        ) : assignments.data.length === 0 ? (
          <EmptyState testId="assigned-empty">{t('authoring.assign.none')}</EmptyState>
        ) : (
          <AssignedWorkersTable assignments={assignments.data} busyUserId={busyUserId} onUnassign={(a) => void unassign(a)} />
        )}
      </section>
    </>
  );
}
