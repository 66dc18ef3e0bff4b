import { Route, Routes } from 'react-router';
import { RequireAuth, RequireRole, HomeRedirect } from './auth/guards';
import { AppShell } from './components/AppShell';
import { UsersPage } from './pages/admin/UsersPage';
import { LoginPage } from './pages/LoginPage';
import { MyAssessmentsPage } from './pages/MyAssessmentsPage';
import { MyCoacheesPage } from './pages/MyCoacheesPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PlaceholderPage } from './pages/PlaceholderPage';

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
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
        <Route path="hc/assessments" element={<RequireRole roles={['hc']}><PlaceholderPage page="assessments" /></RequireRole>} />
        <Route path="hc/monitoring" element={<RequireRole roles={['hc']}><PlaceholderPage page="monitoring" /></RequireRole>} />
        <Route path="hc/results" element={<RequireRole roles={['hc']}><PlaceholderPage page="results" /></RequireRole>} />
        <Route path="me/assessments" element={<RequireRole roles={['coachee']}><MyAssessmentsPage /></RequireRole>} />
        <Route path="coach/coachees" element={<RequireRole roles={['coach']}><MyCoacheesPage /></RequireRole>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
