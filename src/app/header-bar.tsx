import type { ReactNode } from 'react';
import { Button } from '../components/button';
import { Switch } from '../components/switch';
import { formatDeck, formatDiagnose, formatTrain } from '../lib/url-state';
import { usePreferences } from './preferences';
import { RoomSeed } from './room-seed';

/** Diagnose, Present and Train: links to the other modes, drawn as buttons. */
const PAGE_LINK =
  'inline-flex items-center gap-1.5 rounded-md border border-slate-400 px-2 py-1 text-sm font-semibold text-slate-900 no-underline hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 lg:max-2xl:px-1 dark:border-slate-500 dark:text-slate-100 dark:hover:bg-slate-800';

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
        {/* Between lg and 2xl on the explore page these four are icons (as "Find by error
            message"), so its header stays one row at 1280 px whatever the room seed. */}
        <PageLink
          href="#/check"
          label="Check a token"
          title="Check a token: decode and verify a JWT here"
          compact={compact}
          icon="M8 1.5l5.5 2v4c0 3.4-2.4 5.9-5.5 7-3.1-1.1-5.5-3.6-5.5-7v-4zM5.5 8l2 2 3-3.5"
          className="text-sm font-semibold text-sky-800 underline dark:text-sky-300"
        />
        <PageLink
          href={formatDiagnose('irsa', seed)}
          label="Diagnose"
          title="Diagnose: paste your own objects and see which step fails"
          compact={compact}
          icon="M7 1.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zM11 11l3.5 3.5M3.5 7.5h1.6l1-2.2 1.6 4 1-1.8h1.8"
          className={PAGE_LINK}
        />
        <PageLink
          href={formatDeck(1, 'audience', seed)}
          label="Present"
          title="Present: the deck for the room"
          compact={compact}
          icon="M1 2h14v9H1zM8 11v3M5 14.5h6"
          className={PAGE_LINK}
        />
        <PageLink
          href={formatTrain('list', null, seed)}
          label="Train"
          title="Train: exercises graded by the engine"
          compact={compact}
          icon="M1 6l7-3.5L15 6 8 9.5zM4 7.6v3.6c1.1.9 2.5 1.3 4 1.3s2.9-.4 4-1.3V7.6M15 6v4.5"
          className={PAGE_LINK}
        />
      </div>
      <div className="flex flex-wrap items-center gap-x-2 lg:max-2xl:gap-x-1">
        <RoomSeed seed={seed} compact={compact} />
        <Switch
          label="Reduce motion"
          checked={reduceMotion}
          onChange={setReduceMotion}
          follows="reduce-motion"
        />
        <Switch label="Dark theme" checked={dark} onChange={setDark} follows="dark" />
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

/** A link to another page: its icon (always, or only when compact for a plain text link) and
 * its label, read aloud but hidden between lg and 2xl when the header is compact. */
function PageLink({
  href,
  label,
  title,
  icon,
  compact,
  className,
}: {
  href: string;
  label: string;
  title: string;
  /** An SVG path on a 16×16 grid. */
  icon: string;
  compact: boolean;
  className: string;
}) {
  const plain = className !== PAGE_LINK;
  return (
    <a
      href={href}
      title={title}
      className={`${className} ${plain ? 'inline-flex items-center' : ''}`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className={`size-4 shrink-0 ${plain ? (compact ? 'hidden lg:max-2xl:block' : 'hidden') : ''}`}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      >
        <path d={icon} />
      </svg>
      <span className={compact ? 'lg:max-2xl:sr-only' : ''}>{label}</span>
    </a>
  );
}
