// Fixture of literal-strings.test.ts, never imported: the i18n lint rules of eslint.config.js must
// report every line of code with the word Bypass in it, and no other line. `eslint .` ignores it.
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { SelectField, TextField } from '../components/fields';

type Tone = 'info' | 'danger';

function toneClass(tone: Tone): string {
  return `tone-${tone}`;
}

/** Text given as data outside JSX is checked by property name: `label` is read, `value` is not. */
function sizeOptions(count: number) {
  return [
    { value: 'small', label: 'Bypass small' },
    { value: 'large', label: `Bypass ${count} large` },
    { value: 'none', label: '—' },
  ];
}

export function LiteralStringsFixture({ ok, onClose }: { ok: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="card" data-testid="fixture" title="Bypass title">
      <h2>Bypass heading</h2>
      <p>{t('app.name')} · — 100% / …</p>
      <p>{ok ? 'Bypass when true' : t('common.empty')}</p>
      <img src="/logo.svg" alt="Bypass alt" />
      <input type="search" placeholder="Bypass placeholder" aria-label="Bypass aria label" />
      <TextField label="Bypass label" hint={t('app.name')} />
      <SelectField label={t('app.name')} options={sizeOptions(2)} />
      <div className={toneClass('danger')}>{t('app.name')}</div>
      <ConfirmDialog title={t('app.name')} message={t('app.name')} confirmLabel="Bypass confirm label" onConfirm={async () => onClose()} describe={String} onClose={onClose} />
    </section>
  );
}
