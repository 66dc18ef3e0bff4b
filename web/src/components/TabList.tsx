import { useRef, type KeyboardEvent } from 'react';

/** The id of a tab button and of the panel it controls, `${prefix}-tab-${tab}` / `${prefix}-panel-${tab}`. */
export const tabElementId = (prefix: string, tab: string) => `${prefix}-tab-${tab}`;
export const tabPanelId = (prefix: string, tab: string) => `${prefix}-panel-${tab}`;

interface TabListProps<T extends string> {
  tabs: readonly T[];
  current: T;
  onSelect: (tab: T) => void;
  /** What the tabs choose between, for screen readers. */
  label: string;
  tabLabel: (tab: T) => string;
  /** Prefix of the tabs' and panels' ids (see tabElementId); the panel sets the matching id. */
  idPrefix: string;
  /** Each tab's data-testid is this prefix and the tab's name. */
  testIdPrefix: string;
}

/** Sections of a page as an ARIA tab list; the arrow keys move between tabs, wrapping around. */
export function TabList<T extends string>({ tabs, current, onSelect, label, tabLabel, idPrefix, testIdPrefix }: TabListProps<T>) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const index = (tabs.indexOf(current) + step + tabs.length) % tabs.length;
    onSelect(tabs[index]!);
    buttons.current[index]?.focus();
  }

  return (
    <div className="tabs" role="tablist" aria-label={label} onKeyDown={handleKeyDown}>
      {tabs.map((tab, index) => (
        <button
          key={tab}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="tab"
          id={tabElementId(idPrefix, tab)}
          aria-controls={tabPanelId(idPrefix, tab)}
          aria-selected={tab === current}
          tabIndex={tab === current ? 0 : -1}
          className="tab"
          data-testid={`${testIdPrefix}${tab}`}
          onClick={() => onSelect(tab)}
        >
          {tabLabel(tab)}
        </button>
      ))}
    </div>
  );
}
