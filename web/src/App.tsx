import { Route, Routes } from 'react-router';
import { RequireAuth, RequireAccess, HomeRedirect } from './auth/guards';
import { AppShell } from './components/AppShell';
import { AttemptReviewPage } from './features/attempt-review/AttemptReviewPage';
import { ResultsPage } from './features/results/ResultsPage';
import { AuditLogPage } from './features/audit-log/AuditLogPage';
import { CoacheeRecordsPage } from './features/coachee-records/CoacheeRecordsPage';
import { MyCompetenciesPage } from './features/my-competencies/MyCompetenciesPage';
import { MyResultPage } from './features/my-results/MyResultPage';
import { MyResultsPage } from './features/my-results/MyResultsPage';
import { UsersPage } from './features/users/UsersPage';
import { AssessmentEditorPage } from './features/authoring/AssessmentEditorPage';
import { AssessmentsPage } from './features/authoring/AssessmentsPage';
import { CompetenciesPage } from './features/authoring/CompetenciesPage';
import { NewAssessmentPage } from './features/authoring/NewAssessmentPage';
import { LoginPage } from './features/login/LoginPage';
import { MyAssessmentsPage } from './features/my-assessments/MyAssessmentsPage';
import { MyCoacheesPage } from './features/coachee-records/MyCoacheesPage';
import { MonitoringPage } from './features/monitoring/MonitoringPage';
import { NotFoundPage } from './features/not-found/NotFoundPage';
import { TakeExamPage } from './features/exam/TakeExamPage';
import { PreviewExamPage } from './features/preview/PreviewExamPage';

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* The exam runs outside the app shell: its own slim header, no navigation to wander off to. */}
      <Route
        path="/me/assessments/:sessionId/take"
        element={
          <RequireAuth>
            <RequireAccess action="session:take">
              <TakeExamPage />
            </RequireAccess>
          </RequireAuth>
        }
      />
      {/* HC's preview of a package looks exactly like the exam, so it too runs outside the shell. */}
      <Route
        path="/hc/assessments/:id/preview/:packageId"
        element={
          <RequireAuth>
            <RequireAccess action="assessments:author">
              <PreviewExamPage />
            </RequireAccess>
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
            <RequireAccess action="users:manage">
              <UsersPage />
            </RequireAccess>
          }
        />
        <Route path="hc/assessments" element={<RequireAccess action="assessments:author"><AssessmentsPage /></RequireAccess>} />
        <Route path="hc/assessments/new" element={<RequireAccess action="assessments:author"><NewAssessmentPage /></RequireAccess>} />
        <Route path="hc/assessments/:id" element={<RequireAccess action="assessments:author"><AssessmentEditorPage /></RequireAccess>} />
        <Route path="hc/competencies" element={<RequireAccess action="competencies:manage"><CompetenciesPage /></RequireAccess>} />
        <Route path="hc/monitoring" element={<RequireAccess action="assessments:monitor"><MonitoringPage /></RequireAccess>} />
        <Route path="hc/monitoring/:assessmentId" element={<RequireAccess action="assessments:monitor"><MonitoringPage /></RequireAccess>} />
        <Route path="hc/results" element={<RequireAccess action="results:view-all"><ResultsPage /></RequireAccess>} />
        <Route path="hc/attempts/:sessionId" element={<RequireAccess action="results:view-all"><AttemptReviewPage /></RequireAccess>} />
        <Route path="me/assessments" element={<RequireAccess action="my-sessions:list"><MyAssessmentsPage /></RequireAccess>} />
        <Route path="me/results" element={<RequireAccess action="my-sessions:list"><MyResultsPage /></RequireAccess>} />
        <Route path="me/results/:sessionId" element={<RequireAccess action="my-sessions:list"><MyResultPage /></RequireAccess>} />
        <Route path="me/competencies" element={<RequireAccess action="my-sessions:list"><MyCompetenciesPage /></RequireAccess>} />
        <Route path="coach/coachees" element={<RequireAccess action="coachees:list-own"><MyCoacheesPage /></RequireAccess>} />
        <Route path="coach/coachees/:userId" element={<RequireAccess action="coachee-records:view"><CoacheeRecordsPage /></RequireAccess>} />
        <Route path="admin/audit" element={<RequireAccess action="audit:view"><AuditLogPage /></RequireAccess>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
