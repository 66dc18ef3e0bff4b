import type { TFunction } from 'i18next';
import { splitSeconds } from './timelineView';

/** A span of time as people say it: "40 dtk", "5 mnt 2 dtk", "1 j 5 mnt" (the sign is dropped). */
export function formatDuration(seconds: number, t: TFunction): string {
  const parts = splitSeconds(seconds);
  if (parts.hours) return t('attemptReview.duration.hours', parts);
  if (parts.minutes) return t('attemptReview.duration.minutes', parts);
  return t('attemptReview.duration.seconds', parts);
}
