import type { Locator } from '@playwright/test';

/**
 * Types into a date or date-time field (web/src/components/DateTimeField.tsx) as a person does:
 * clicks its first segment (the day, in id and en-GB alike) and types the digits, which move on
 * from segment to segment by themselves: "30112026" for a day, "301120261400" for 30/11/2026 14:00.
 * `field` is the field's testId element.
 */
export async function typeDate(field: Locator, digits: string): Promise<void> {
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(digits);
}

/** The digits to type for `at` on the clocks of `timeZone` (IANA): ddmmyyyy, then HHmm unless `dayOnly`. */
export function dateDigits(at: Date, timeZone: string, { dayOnly = false } = {}): string {
  const clock = dayOnly ? {} : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  const text = new Intl.DateTimeFormat('en-GB', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', ...clock }).format(at);
  return text.replace(/\D/g, '');
}

/** What a field shows, segments and zone label joined: "30/11/2026 14.00 WITA". */
export async function shownDate(field: Locator): Promise<string> {
  return (await field.locator('.date-entry').innerText()).replace(/\s+/g, ' ').trim();
}
