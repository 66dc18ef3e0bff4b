// Fixture of literal-strings.test.ts, never imported: the i18n lint rules of eslint.config.js must
// report every line of code with the word Bypass in it, and no other line. `eslint .` ignores it.
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormActions } from '../components/FormActions';
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

/** Any `…Label`/`…Title`, `empty…` and `text` is read, also in either branch of a condition or a fallback. */
function columns(wide: boolean, name?: string) {
  return [
    { key: 'name', header: 'Bypass header', headerTitle: 'Bypass header title', emptyTestId: 'name-empty' },
    { key: 'unit', stackLabel: wide ? 'Bypass when wide' : 'Bypass when narrow', text: name ?? 'Bypass fallback' },
    { key: 'role', emptyText: `Bypass ${name} none`, busyLabel: wide ? `Bypass ${name} saving` : '…', className: wide ? 'wide' : 'narrow' },
    { key: 'color', text: '--color-muted', id: 'role', type: 'text', testId: 'role-column', label: wide ? '×' : '—' },
  ];
}

export function LiteralStringsFixture({ ok, onClose }: { ok: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="card" data-testid="fixture" title="Bypass title">
      <h2>Bypass heading</h2>
      <h3>{`Bypass ${columns(ok).length} columns`}</h3>
      <h3>{ok ? `Bypass ${columns(ok).length} wide` : `${columns(ok).length} · ${toneClass('info')}`}</h3>
      <p>{t('app.name')} · — 100% / …</p>
      <p>{ok ? 'Bypass when true' : t('common.empty')}</p>
      <img src="/logo.svg" alt="Bypass alt" />
      <input type="search" placeholder="Bypass placeholder" aria-label="Bypass aria label" />
      <TextField label="Bypass label" hint={t('app.name')} />
      <SelectField label={t('app.name')} options={sizeOptions(2)} />
      <div className={toneClass('danger')}>{t('app.name')}</div>
      <FormActions label={t('app.name')} busyLabel="Bypass busy label" testId="save" />
      <FormActions label={ok ? t('app.name') : `Bypass ${columns(ok).length} saving`} />
      <FormActions label={`Bypass ${columns(ok).length} saving`} busyLabel={ok ? 'Bypass busy' : undefined} />
      <img src={`/images/${toneClass('info')}.png`} alt={ok ? '' : `${t('app.name')} Bypass alt`} title={t('app.name') || 'Bypass title'} />
      <ConfirmDialog title={t('app.name')} message={t('app.name')} confirmLabel="Bypass confirm label" onConfirm={async () => onClose()} describe={String} onClose={onClose} />
    </section>
  );
}
