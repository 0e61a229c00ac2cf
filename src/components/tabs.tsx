import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface Tab {
  id: string;
  label: string;
}

interface TabsProps {
  tabs: Tab[];
  selected: string;
  onSelect: (id: string) => void;
  label: string;
  /** Renders only the selected panel, so hidden panels put nothing in the DOM. */
  children: ReactNode;
}

/**
 * WAI-ARIA tabs: a tablist with roving tabindex; ← → move between tabs and select (automatic
 * activation). Home and End (optional in the pattern) are left to the page, whose shortcuts use
 * them; key presses handled here are marked handled, so page-wide shortcuts leave them alone.
 */
export function Tabs({ tabs, selected, onSelect, label, children }: TabsProps) {
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(
    0,
    tabs.findIndex((t) => t.id === selected),
  );
  const move = (to: number) => {
    const next = (to + tabs.length) % tabs.length;
    onSelect(tabs[next]!.id);
    refs.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(index + 1),
      ArrowLeft: () => move(index - 1),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    action();
  };
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div
        role="tablist"
        aria-label={label}
        className="flex flex-wrap gap-1 border-b border-slate-300 dark:border-slate-700"
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            id={`${base}-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === selected}
            aria-controls={`${base}-panel`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            className={`-mb-px rounded-t-md border-b-3 px-3 py-1.5 text-sm font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${
              tab.id === selected
                ? 'border-sky-700 text-sky-900 dark:border-sky-400 dark:text-sky-200'
                : 'border-transparent text-slate-700 hover:text-slate-950 dark:text-slate-300 dark:hover:text-white'
            }`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        id={`${base}-panel`}
        role="tabpanel"
        tabIndex={0}
        aria-labelledby={`${base}-tab-${selected}`}
        className="min-h-0 flex-1 space-y-4 overflow-y-auto py-3 pr-1 focus-visible:outline-3 focus-visible:outline-sky-600"
      >
        {children}
      </div>
    </div>
  );
}
