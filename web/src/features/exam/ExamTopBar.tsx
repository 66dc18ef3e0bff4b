import type { ReactNode } from 'react';
import { BrandMark } from '../../components/BrandMark';
import { LanguageSwitch } from '../../components/LanguageSwitch';

/** The exam page's own slim header: no navigation to wander off to, the exam's title, its status, and `alerts` that must stay in sight. */
export function ExamTopBar({ title, children, alerts }: { title?: string; children?: ReactNode; alerts?: ReactNode }) {
  return (
    <header className="exam-topbar">
      <div className="exam-topbar-inner">
        <BrandMark />
        {title && <p className="exam-title">{title}</p>}
        <div className="exam-topbar-status">{children}</div>
        <LanguageSwitch />
      </div>
      {alerts}
    </header>
  );
}
