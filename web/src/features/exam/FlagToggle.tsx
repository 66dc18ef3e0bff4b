import { useTranslation } from 'react-i18next';

/** The "review later" switch of one question: a toggle button, so keyboards and screen readers know its state. */
export function FlagToggle({ index, flagged, onToggle }: { index: number; flagged: boolean; onToggle(): void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`flag-toggle${flagged ? ' flag-toggle-on' : ''}`}
      aria-pressed={flagged}
      aria-label={t('exam.flags.toggle', { number: index + 1 })}
      onClick={onToggle}
      data-testid={`flag-${index}`}
    >
      <span aria-hidden="true">⚑</span> {t(flagged ? 'exam.flags.flagged' : 'exam.flags.flag')}
    </button>
  );
}
