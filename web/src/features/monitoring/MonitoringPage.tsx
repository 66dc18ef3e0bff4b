import { useParams } from 'react-router';
import { AssessmentPicker } from './AssessmentPicker';
import { MonitorRoom } from './MonitorRoom';
import './monitoring.css';

/** `/hc/monitoring`: choose an assessment; `/hc/monitoring/:assessmentId`: its live exam room. */
export function MonitoringPage() {
  const { assessmentId } = useParams();
  // A new key per assessment: nothing of one room's state leaks into the next.
  return assessmentId ? <MonitorRoom key={assessmentId} assessmentId={assessmentId} /> : <AssessmentPicker />;
}
