import { TIME_ZONE_LABELS, type AssessmentTimeZone } from '@common/schemas/assessments';
import { localeOf } from './index';

export interface DateTimeStyle {
  /** An assessment's zone (IANA name, e.g. Asia/Jakarta); the reader's own zone when absent. */
  timeZone?: AssessmentTimeZone;
  /** Include the calendar day (default true); false gives the clock only. */
  date?: boolean;
  /** Seconds too, for timelines and audit entries (default false: hours and minutes). The clock is always 24-hour. */
  seconds?: boolean;
  /** Append the zone's name (WIB, WITA, WIT); needs `timeZone`. */
  zoneName?: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, { timeZone, date = true, seconds = false }: DateTimeStyle): Intl.DateTimeFormat {
  const key = `${language}|${timeZone ?? ''}|${date}|${seconds}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(localeOf(language), {
      timeZone,
      dateStyle: date ? 'medium' : undefined,
      timeStyle: seconds ? 'medium' : 'short',
      hourCycle: 'h23',
    });
    formatters.set(key, made);
  }
  return made;
}

/**
 * A date and time in the reader's language: "25 Nov 2025, 09.00" (id), "25 Nov 2025, 09:00"
 * (en); with `seconds` "25 Nov 2025, 09.00.05", with `date: false` the clock alone, with
 * `zoneName` "… WIB". Empty for null or undefined; an unreadable string comes back as it is.
 */
export function formatDateTime(iso: string | null | undefined, language: string, style: DateTimeStyle = {}): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = formatter(language, style).format(date);
  return style.zoneName && style.timeZone ? `${text} ${TIME_ZONE_LABELS[style.timeZone]}` : text;
}

/** An assessment's opening and closing (ISO-8601) and the zone both are shown in. */
export interface AssessmentWindow {
  opensAt: string;
  closesAt: string;
  timeZone: AssessmentTimeZone;
}

/**
 * The ends of an assessment's window in its zone, for a "{{start}} – {{end}}" message: the label
 * once, after the end, as a schedule is written ("30 Nov 2026, 08.00 – 30 Nov 2026, 10.00 WITA").
 */
export function windowTimes({ opensAt, closesAt, timeZone }: AssessmentWindow, language: string): { start: string; end: string } {
  return { start: formatDateTime(opensAt, language, { timeZone }), end: formatDateTime(closesAt, language, { timeZone, zoneName: true }) };
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of `iso` in `timeZone`, as YYYY-MM-DD (to tell whether times share a day). */
export function calendarDay(iso: string, timeZone: AssessmentTimeZone): string {
  let made = dayFormatters.get(timeZone);
  if (!made) {
    made = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, made);
  }
  return made.format(new Date(iso));
}

/** How many decimals a number or percent shows. */
export interface NumberStyle {
  /** Most decimals shown (default 1 for percents, 0 for numbers); rounded past them. */
  digits?: number;
  /** Show exactly `digits` decimals, trailing zeros kept ("0,50"), for statistics read in columns. */
  fixed?: boolean;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: string, percent: boolean, digits: number, fixed: boolean): Intl.NumberFormat {
  const key = `${language}|${percent}|${digits}|${fixed}`;
  let made = numberFormats.get(key);
  if (!made) {
    made = new Intl.NumberFormat(localeOf(language), {
      style: percent ? 'percent' : 'decimal',
      minimumFractionDigits: fixed ? digits : 0,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, made);
  }
  return made;
}

/**
 * A number in the reader's language: "1.234,5" (id), "1,234.5" (en); `digits` decimals at most
 * (default 0), exactly with `fixed`.
 */
export function formatNumber(value: number, language: string, { digits = 0, fixed = false }: NumberStyle = {}): string {
  return numberFormat(language, false, digits, fixed).format(value);
}

/**
 * A percent given 0-100 (not a 0-1 share), as Intl writes it in the reader's language: "66,7%"
 * (id), "66.7%" (en); `digits` decimals at most (default 1). The one way the app writes a percent.
 */
export function formatPercent(value: number, language: string, { digits = 1, fixed = false }: NumberStyle = {}): string {
  return numberFormat(language, true, digits, fixed).format(value / 100);
}
