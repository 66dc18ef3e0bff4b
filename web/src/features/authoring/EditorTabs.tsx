import { useTranslation } from 'react-i18next';
import { TabList, tabElementId, tabPanelId } from '../../components/TabList';

export const EDITOR_TABS = ['settings', 'questions', 'workbook', 'assignment'] as const;
export type EditorTab = (typeof EDITOR_TABS)[number];

export const tabId = (tab: EditorTab) => tabElementId('editor', tab);
export const panelId = (tab: EditorTab) => tabPanelId('editor', tab);

interface EditorTabsProps {
  current: EditorTab;
  onSelect: (tab: EditorTab) => void;
}

/** The editor's sections as an ARIA tab list; arrow keys move between tabs. */
export function EditorTabs({ current, onSelect }: EditorTabsProps) {
  const { t } = useTranslation();
  return (
    <TabList
      tabs={EDITOR_TABS}
      current={current}
      onSelect={onSelect}
      label={t('authoring.editor.sections')}
      tabLabel={(tab) => t(`authoring.editor.tabs.${tab}`)}
      idPrefix="editor"
      testIdPrefix="tab-"
    />
  );
}
