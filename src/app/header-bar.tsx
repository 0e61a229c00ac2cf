import type { ReactNode } from 'react';
import { Button } from '../components/button';
import { Switch } from '../components/switch';
import { formatDeck } from '../lib/url-state';
import { usePreferences } from './preferences';
import { RoomSeed } from './room-seed';

/**
 * Title, page links, the room seed and the display switches; `children` adds page-specific
 * controls. At 1280 px wide the explore page's header is one row. Nothing of it is printed.
 */
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
  // The explore page's controls fill the row: between lg and 2xl the rest is made compact.
  const compact = children !== undefined;
  return (
    <header className="flex flex-wrap print:hidden items-center justify-between gap-x-3 gap-y-1 border-b border-slate-300 px-4 py-2 dark:border-slate-700">
      <div className="flex min-w-0 flex-wrap items-center gap-x-2.5 gap-y-1">
        <a
          href="#step=0"
          className={`text-xl font-bold no-underline ${compact ? 'lg:max-2xl:text-lg' : ''}`}
        >
          IRSA Visualizer
        </a>
        {children}
        <a
          href="#/check"
          className="text-sm font-semibold text-sky-800 underline dark:text-sky-300"
        >
          Check a token
        </a>
        {/* Icon only between lg and 2xl on the explore page, as "Find by error message". */}
        <a
          href={formatDeck(1, 'audience', seed)}
          title="Present: the deck for the room"
          className="inline-flex items-center gap-1.5 rounded-md border border-slate-400 px-2 py-1 text-sm font-semibold text-slate-900 no-underline hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 lg:max-2xl:px-1 dark:border-slate-500 dark:text-slate-100 dark:hover:bg-slate-800"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 16 16"
            className="size-4 shrink-0"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          >
            <path d="M1 2h14v9H1zM8 11v3M5 14.5h6" />
          </svg>
          <span className={compact ? 'lg:max-2xl:sr-only' : ''}>Present</span>
        </a>
      </div>
      <div className="flex flex-wrap items-center gap-x-2 lg:max-2xl:gap-x-1">
        <RoomSeed seed={seed} compact={compact} />
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
