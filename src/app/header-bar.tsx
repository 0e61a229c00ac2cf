import type { ReactNode } from 'react';
import { Button } from '../components/button';
import { Switch } from '../components/switch';
import { usePreferences } from './preferences';

/** Title, page links and the display switches; `children` adds page-specific controls. */
export function HeaderBar({
  seed,
  onHelp,
  children,
}: {
  /** The room seed from the URL, or null (fresh keys). */
  seed: string | null;
  onHelp?: () => void;
  children?: ReactNode;
}) {
  const { dark, setDark, reduceMotion, setReduceMotion } = usePreferences();
  return (
    <header className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 border-b border-slate-300 px-4 py-2 dark:border-slate-700">
      <div className="flex min-w-0 flex-wrap items-center gap-x-2.5 gap-y-1">
        <a href="#step=0" className="text-xl font-bold no-underline">
          IRSA Visualizer
        </a>
        {children}
        <a
          href="#/check"
          className="text-sm font-semibold text-sky-800 underline dark:text-sky-300"
        >
          Check a token
        </a>
        {seed !== null && (
          <span
            className="rounded border border-slate-400 px-1.5 text-xs font-semibold text-slate-800 dark:border-slate-500 dark:text-slate-200"
            title="The published demo key, a fixed clock (2026-11-28 12:00 UTC) and seeded ids: every run gives the same bytes"
          >
            Demo mode
          </span>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-x-2">
        <Switch label="Reduce motion" checked={reduceMotion} onChange={setReduceMotion} />
        <Switch label="Dark theme" checked={dark} onChange={setDark} />
        {onHelp && (
          <Button
            onClick={onHelp}
            aria-keyshortcuts="?"
            aria-label="Shortcuts"
            title="Keyboard shortcuts (?)"
            className="px-2.5 py-1"
          >
            <kbd aria-hidden="true">?</kbd>
          </Button>
        )}
      </div>
    </header>
  );
}
