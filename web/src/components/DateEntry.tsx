import { type DateValue } from '@internationalized/date';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button, Calendar, CalendarCell, CalendarGrid, DateInput, DatePicker, DateSegment, Dialog, Group, Heading, I18nProvider, Label, Popover, Text,
} from 'react-aria-components';
import { localeOf } from '../i18n';
import { parseDay, useDateDraft, type DateGranularity } from './useDateDraft';

export interface DateEntryProps {
  label: string;
  /** 'day': "YYYY-MM-DD"; 'minute': "YYYY-MM-DDTHH:mm" (a WallClock). '' when empty. */
  value: string;
  /** Called with a complete value in the same shape, or '' once every segment is cleared. */
  onChange: (value: string) => void;
  granularity: DateGranularity;
  hint?: string;
  error?: string;
  disabled?: boolean;
  /** The zone the value is read in (WIB, WITA, WIT), shown after it. */
  zoneLabel?: string;
  /** Earliest and latest day the calendar offers ("YYYY-MM-DD"), for 'day' fields. */
  min?: string;
  max?: string;
  testId?: string;
}

/**
 * A date (or date and time) typed segment by segment in the reader's locale (id-ID: 30/11/2026
 * 14.00, en-GB: 30/11/2026 14:00, always 24-hour) or picked from a calendar popover. Loaded
 * lazily through DateTimeField.tsx: react-aria is only for the pages that edit dates.
 */
export default function DateEntry({ label, value, onChange, granularity, hint, error, disabled, zoneLabel, min, max, testId }: DateEntryProps) {
  const { t, i18n } = useTranslation();
  const group = useRef<HTMLDivElement>(null);
  const { draft, change, held, reset } = useDateDraft(value, granularity, onChange);
  // A fresh input on leaving the field: react-aria keeps a half-cleared entry on screen while the
  // value stays the last complete one, and a year left at "0002" was never passed on. Either way
  // the field then shows what the form holds, so what HC sees is what is saved.
  const [inputGeneration, setInputGeneration] = useState(0);
  const showHeldValue = () => {
    if (!held && !(value && group.current?.querySelector('[data-placeholder]'))) return;
    reset();
    setInputGeneration((generation) => generation + 1);
  };
  return (
    <I18nProvider locale={localeOf(i18n.language)}>
      <DatePicker<DateValue>
        className={error ? 'field field-invalid' : 'field'}
        value={draft}
        onChange={change}
        onBlur={showHeldValue}
        granularity={granularity}
        hourCycle={24}
        shouldForceLeadingZeros
        minValue={parseDay(min)}
        maxValue={parseDay(max)}
        isDisabled={disabled}
        isInvalid={error ? true : undefined}
        validationBehavior="aria"
        data-testid={testId}
      >
        <Label className="field-label">{label}</Label>
        <Group ref={group} className="date-entry">
          <DateInput key={inputGeneration} className="date-entry-input">
            {(segment) => (
              <DateSegment segment={segment} className="date-entry-segment">
                {/* "30/11/2026 14.00", as Indonesians write it, rather than CLDR's "30/11/2026, 14.00". */}
                {segment.type === 'literal' ? segment.text.replace(', ', ' ') : segment.text}
              </DateSegment>
            )}
          </DateInput>
          {zoneLabel && <span className="date-entry-zone">{zoneLabel}</span>}
          <Button className="date-entry-button" aria-label={t('dateEntry.openCalendar')}>
            <CalendarIcon />
          </Button>
        </Group>
        {hint && !error && (
          <Text slot="description" elementType="p" className="field-hint">
            {hint}
          </Text>
        )}
        {error && (
          <Text slot="errorMessage" elementType="p" className="field-error">
            {error}
          </Text>
        )}
        <Popover className="date-entry-popover" placement="bottom end">
          <Dialog className="date-entry-dialog">
            <Calendar className="date-entry-calendar">
              <header className="date-entry-calendar-header">
                <Button slot="previous" className="date-entry-nav" aria-label={t('dateEntry.previousMonth')}>
                  ‹
                </Button>
                <Heading className="date-entry-month" />
                <Button slot="next" className="date-entry-nav" aria-label={t('dateEntry.nextMonth')}>
                  ›
                </Button>
              </header>
              <CalendarGrid className="date-entry-grid">{(date) => <CalendarCell date={date} className="date-entry-day" />}</CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}

function CalendarIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true" focusable="false">
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </svg>
  );
}
