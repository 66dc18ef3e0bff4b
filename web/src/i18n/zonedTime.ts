import { fromDate, parseDateTime, toCalendarDateTime, toZoned, type CalendarDateTime } from '@internationalized/date';

/**
 * A wall-clock time with no zone, to the minute: "YYYY-MM-DDTHH:mm" (e.g. "2026-11-30T08:00").
 * Date-time fields hold this; which zone it is in is the form's business (an assessment's
 * `timeZone`), never the browser's.
 */
export type WallClock = string;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A calendar date-time as a WallClock (seconds dropped). */
export function wallClockText(time: CalendarDateTime): WallClock {
  return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}T${pad(time.hour)}:${pad(time.minute)}`;
}

/** The WallClock parsed, or null for '' and anything unreadable. */
export function parseWallClock(value: WallClock): CalendarDateTime | null {
  try {
    return parseDateTime(value);
  } catch {
    return null;
  }
}

/** What the clocks in `timeZone` (IANA name) showed at instant `iso`: "2026-11-30T00:00Z" in Asia/Makassar is "2026-11-30T08:00". */
export function wallClockIn(iso: string | Date, timeZone: string): WallClock {
  return wallClockText(toCalendarDateTime(fromDate(new Date(iso), timeZone)));
}

/**
 * The instant a WallClock names in `timeZone`, as an ISO-8601 UTC string ("2026-11-30T08:00" in
 * Asia/Makassar is "2026-11-30T00:00:00.000Z"). Unreadable text (an empty field) comes back as it
 * is, so the API's schema names the problem in its own words.
 */
export function instantOf(value: WallClock, timeZone: string): string {
  const time = parseWallClock(value);
  return time ? toZoned(time, timeZone).toAbsoluteString() : value;
}
