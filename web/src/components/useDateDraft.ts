import { parseDate, type CalendarDate, type CalendarDateTime, type DateValue } from '@internationalized/date';
import { useState } from 'react';
import { parseWallClock, wallClockText } from '../i18n/zonedTime';

export type DateGranularity = 'day' | 'minute';

/**
 * react-aria takes the "2" of "2026" as the complete year 0002, then 20 and 202: a form, and the
 * audit log filter that fetches on every change, should only see the year once it is typed.
 */
const FIRST_TYPED_YEAR = 1000;

/** "YYYY-MM-DD" as a calendar day, or null for '' and anything unreadable. */
export function parseDay(text: string | undefined): CalendarDate | null {
  try {
    return text ? parseDate(text) : null;
  } catch {
    return null;
  }
}

const parse = (text: string, granularity: DateGranularity) => (granularity === 'day' ? parseDay(text) : parseWallClock(text));
const format = (date: DateValue | null, granularity: DateGranularity) =>
  !date ? '' : granularity === 'day' ? date.toString() : wallClockText(date as CalendarDateTime);

/**
 * The date a field shows (`draft`) next to the text its form holds (`value`: "YYYY-MM-DD" by day,
 * a WallClock by minute, '' when empty). `change` takes react-aria's every change and passes on
 * those a person has finished typing; a new `value` from the form replaces the draft. `held` says
 * the field shows something the form does not hold; `reset` shows the form's value again.
 */
export function useDateDraft(value: string, granularity: DateGranularity, onChange: (value: string) => void) {
  const [draft, setDraft] = useState<DateValue | null>(() => parse(value, granularity));
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    // The form's own change (a cleared filter); an echo of what was typed keeps the same draft.
    if (value !== format(draft, granularity)) setDraft(parse(value, granularity));
  }
  const change = (next: DateValue | null) => {
    setDraft(next);
    if (next && next.year < FIRST_TYPED_YEAR) return;
    onChange(format(next, granularity));
  };
  const held = format(draft, granularity) !== value;
  const reset = () => setDraft(parse(value, granularity));
  return { draft, change, held, reset };
}
