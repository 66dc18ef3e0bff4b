import type { TFunction } from 'i18next';

/** A whole number of seconds as {hours, minutes, seconds} (sign dropped, rounded to the second). */
export function splitSeconds(total: number): { hours: number; minutes: number; seconds: number } {
  const whole = Math.abs(Math.round(total));
  return { hours: Math.floor(whole / 3600), minutes: Math.floor((whole % 3600) / 60), seconds: whole % 60 };
}

/**
 * A span of time in seconds as people say it, the one way the app shows a duration: "40 dtk",
 * "5 mnt 2 dtk", "1 j 5 mnt" (id); "40 s", "5 min 2 s", "1 h 5 min" (en). The sign is dropped.
 */
export function formatDuration(seconds: number, t: TFunction): string {
  const parts = splitSeconds(seconds);
  if (parts.hours) return t('duration.hours', parts);
  if (parts.minutes) return t('duration.minutes', parts);
  return t('duration.seconds', parts);
}
