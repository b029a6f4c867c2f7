import type { ReactNode } from 'react';
import './tabs.css';

/**
 * A row of tabs (`role="tablist"`) and the panel of the shown one. Each tab is `{idPrefix}-tab-{id}`
 * and controls `{idPrefix}-panel-{id}`; a tab with a `blocked` reason is disabled and says why on hover.
 */
export function Tabs<Id extends string>({
  idPrefix,
  label,
  tabs,
  shown,
  onShow,
  panelClassName,
  children,
}: {
  idPrefix: string;
  label: string;
  tabs: readonly { id: Id; label: string; blocked?: string | null }[];
  shown: Id;
  onShow: (id: Id) => void;
  panelClassName?: string;
  children: ReactNode;
}) {
  return (
    <>
      <div className="tabs" role="tablist" aria-label={label}>
        {tabs.map((tab) => {
          const blocked = tab.blocked ?? null;
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`${idPrefix}-tab-${tab.id}`}
              aria-selected={shown === tab.id}
              aria-controls={`${idPrefix}-panel-${tab.id}`}
              className={shown === tab.id ? 'active' : undefined}
              disabled={blocked !== null}
              title={blocked ?? undefined}
              onClick={() => onShow(tab.id)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={`${idPrefix}-panel-${shown}`}
        aria-labelledby={`${idPrefix}-tab-${shown}`}
        className={panelClassName}
      >
        {children}
      </div>
    </>
  );
}
