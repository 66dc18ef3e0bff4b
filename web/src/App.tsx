import { Route, Routes } from 'react-router';
import { RequireAuth, RequireRole, HomeRedirect } from './auth/guards';
import { AppShell } from './components/AppShell';
import { AttemptReviewPage } from './features/attempt-review/AttemptReviewPage';
import { ResultsPage } from './features/results/ResultsPage';
import { AuditLogPage } from './features/audit-log/AuditLogPage';
import { CoacheeRecordsPage } from './features/coachee-records/CoacheeRecordsPage';
import { MyCompetenciesPage } from './features/my-competencies/MyCompetenciesPage';
import { MyResultPage } from './features/my-results/MyResultPage';
import { MyResultsPage } from './features/my-results/MyResultsPage';
import { UsersPage } from './pages/admin/UsersPage';
import { AssessmentEditorPage } from './pages/authoring/AssessmentEditorPage';
import { AssessmentsPage } from './pages/authoring/AssessmentsPage';
import { CompetenciesPage } from './pages/authoring/CompetenciesPage';
import { NewAssessmentPage } from './pages/authoring/NewAssessmentPage';
import { LoginPage } from './pages/LoginPage';
import { MyAssessmentsPage } from './pages/MyAssessmentsPage';
import { MyCoacheesPage } from './pages/MyCoacheesPage';
import { MonitoringPage } from './pages/monitoring/MonitoringPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { TakeExamPage } from './pages/exam/TakeExamPage';
import { PreviewExamPage } from './pages/preview/PreviewExamPage';

/** Authoring, competencies and results are for HC staff and administrators. */
const STAFF = ['hc', 'admin'] as const;

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* The exam runs outside the app shell: its own slim header, no navigation to wander off to. */}
      <Route
        path="/me/assessments/:sessionId/take"
        element={
          <RequireAuth>
            <RequireRole roles={['coachee']}>
              <TakeExamPage />
            </RequireRole>
          </RequireAuth>
        }
      />
      {/* HC's preview of a package looks exactly like the exam, so it too runs outside the shell. */}
      <Route
        path="/hc/assessments/:id/preview/:packageId"
        element={
          <RequireAuth>
            <RequireRole roles={STAFF}>
              <PreviewExamPage />
            </RequireRole>
          </RequireAuth>
        }
      />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRedirect />} />
        <Route
          path="admin/users"
          element={
            <RequireRole roles={['admin']}>
              <UsersPage />
            </RequireRole>
          }
        />
        <Route path="hc/assessments" element={<RequireRole roles={STAFF}><AssessmentsPage /></RequireRole>} />
        <Route path="hc/assessments/new" element={<RequireRole roles={STAFF}><NewAssessmentPage /></RequireRole>} />
        <Route path="hc/assessments/:id" element={<RequireRole roles={STAFF}><AssessmentEditorPage /></RequireRole>} />
        <Route path="hc/competencies" element={<RequireRole roles={STAFF}><CompetenciesPage /></RequireRole>} />
        <Route path="hc/monitoring" element={<RequireRole roles={STAFF}><MonitoringPage /></RequireRole>} />
        <Route path="hc/monitoring/:assessmentId" element={<RequireRole roles={STAFF}><MonitoringPage /></RequireRole>} />
        <Route path="hc/results" element={<RequireRole roles={STAFF}><ResultsPage /></RequireRole>} />
        <Route path="hc/attempts/:sessionId" element={<RequireRole roles={STAFF}><AttemptReviewPage /></RequireRole>} />
        <Route path="me/assessments" element={<RequireRole roles={['coachee']}><MyAssessmentsPage /></RequireRole>} />
        <Route path="me/results" element={<RequireRole roles={['coachee']}><MyResultsPage /></RequireRole>} />
        <Route path="me/results/:sessionId" element={<RequireRole roles={['coachee']}><MyResultPage /></RequireRole>} />
        <Route path="me/competencies" element={<RequireRole roles={['coachee']}><MyCompetenciesPage /></RequireRole>} />
        <Route path="coach/coachees" element={<RequireRole roles={['coach']}><MyCoacheesPage /></RequireRole>} />
        <Route path="coach/coachees/:userId" element={<RequireRole roles={['coach']}><CoacheeRecordsPage /></RequireRole>} />
        <Route path="admin/audit" element={<RequireRole roles={['admin']}><AuditLogPage /></RequireRole>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
