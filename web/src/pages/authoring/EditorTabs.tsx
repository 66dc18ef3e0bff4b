import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const EDITOR_TABS = ['settings', 'questions', 'workbook', 'assignment'] as const;
export type EditorTab = (typeof EDITOR_TABS)[number];

export const tabId = (tab: EditorTab) => `editor-tab-${tab}`;
export const panelId = (tab: EditorTab) => `editor-panel-${tab}`;

interface EditorTabsProps {
  current: EditorTab;
  onSelect: (tab: EditorTab) => void;
}

/** The editor's sections as an ARIA tab list; arrow keys move between tabs. */
export function EditorTabs({ current, onSelect }: EditorTabsProps) {
  const { t } = useTranslation();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = EDITOR_TABS[(EDITOR_TABS.indexOf(current) + step + EDITOR_TABS.length) % EDITOR_TABS.length]!;
    onSelect(next);
    buttons.current[EDITOR_TABS.indexOf(next)]?.focus();
  }

  return (
    <div className="tabs" role="tablist" aria-label={t('authoring.editor.sections')} onKeyDown={handleKeyDown}>
      {EDITOR_TABS.map((tab, index) => (
        <button
          key={tab}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="tab"
          id={tabId(tab)}
          aria-controls={panelId(tab)}
          aria-selected={tab === current}
          tabIndex={tab === current ? 0 : -1}
          className="tab"
          data-testid={`tab-${tab}`}
          onClick={() => onSelect(tab)}
        >
          {t(`authoring.editor.tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}
