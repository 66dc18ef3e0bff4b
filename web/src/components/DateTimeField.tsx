import { lazy, Suspense } from 'react';
import type { DateEntryProps } from './DateEntry';
import './date-entry.css';

/** Its own chunk: the date picker library is loaded by the pages that edit dates, not by the exam room. */
const DateEntry = lazy(() => import('./DateEntry'));

type FieldProps = Omit<DateEntryProps, 'granularity'>;

/** The field's label and an empty box of the same size while the picker's code arrives. */
function Loading({ label }: { label: string }) {
  return (
    <div className="field">
      <span className="field-label">{label}</span>
      <div className="date-entry date-entry-loading" aria-busy="true" />
    </div>
  );
}

/**
 * A date and time to the minute, 24-hour, in the reader's locale, with the zone it is read in
 * after it: `value` and `onChange` carry a WallClock ("YYYY-MM-DDTHH:mm", '' when empty).
 */
export function DateTimeField(props: FieldProps) {
  return (
    <Suspense fallback={<Loading label={props.label} />}>
      <DateEntry granularity="minute" {...props} />
    </Suspense>
  );
}

/** A calendar day in the reader's locale (dd/mm/yyyy): `value` and `onChange` carry "YYYY-MM-DD", '' when empty. */
export function DateField(props: FieldProps) {
  return (
    <Suspense fallback={<Loading label={props.label} />}>
      <DateEntry granularity="day" {...props} />
    </Suspense>
  );
}
