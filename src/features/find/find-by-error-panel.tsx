import { useDeferredValue, useId, useMemo } from 'react';
import { controlBorder } from '../../components/field';
import { useDraft } from '../../lib/drafts';
import { parseFragment, seedParam } from '../../lib/url-state';
import {
  findByErrorMessage,
  MAX_PASTE_CHARS,
  type FindMatch,
  type FindResult,
} from '../../machine/find-by-error';

interface FindByErrorPanelProps {
  /** Focus the field when shown: the panel was just opened to paste into. */
  autoFocus?: boolean;
  /** Called when a result's link is followed (the explore page closes its popover). */
  onOpenScenario?: () => void;
}

/**
 * "Find by error message": paste what the pod, the SDK or the CLI printed and get the catalogue
 * scenarios that produce it, best first, each linked at its failing step. Results follow the
 * typing; only the first MAX_PASTE_CHARS characters are read, so a huge paste cannot freeze it.
 */
export default function FindByErrorPanel({ autoFocus, onOpenScenario }: FindByErrorPanelProps) {
  const id = useId();
  // Kept outside the panel (memory only): closing the popover or a remount after an error keeps it.
  const [text, setText] = useDraft('find.error-text', '');
  // Typing stays responsive: React matches the latest text when it has time.
  const pasted = useDeferredValue(text);
  const result = useMemo(() => findByErrorMessage(pasted), [pasted]);
  const cut = text.length > MAX_PASTE_CHARS;
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <label htmlFor={id} className="text-sm font-semibold">
        Find by error message
      </label>
      <p id={`${id}-hint`} className="text-xs text-slate-700 dark:text-slate-300">
        Paste the error as your pod, SDK or CLI printed it (botocore, Go, Java, JavaScript or STS’s
        XML). Account ids, ARNs, request ids and times may differ. Nothing leaves this page.
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={4}
        // A long unbroken paste is not wrapped: wrapping a megabyte takes the browser long.
        wrap={cut ? 'off' : 'soft'}
        spellCheck={false}
        autoComplete="off"
        autoFocus={autoFocus}
        placeholder="An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: …"
        className={`rounded-md border bg-white p-2 font-mono text-xs break-all dark:bg-slate-900 ${controlBorder(false)}`}
      />
      {cut && (
        <p className="text-xs text-slate-700 dark:text-slate-300">
          Only the first {MAX_PASTE_CHARS.toLocaleString('en-US')} of{' '}
          {text.length.toLocaleString('en-US')} characters are read.
        </p>
      )}
      <p aria-live="polite" className="text-sm font-semibold" data-find-summary>
        {summary(pasted, result)}
      </p>
      {result.matches.length > 0 && (
        <ol aria-label="Scenarios that produce this error" className="space-y-2">
          {result.matches.map((m) => (
            <MatchItem key={m.id} match={m} onOpen={onOpenScenario} />
          ))}
        </ol>
      )}
    </div>
  );
}

/** What the live region says: a count, or that nothing matches and the nearest codes. */
function summary(pasted: string, { matches, closestCodes }: FindResult): string {
  if (pasted.trim() === '') return '';
  if (matches.length === 1) return '1 scenario produces this error.';
  if (matches.length > 1) return `${matches.length} scenarios produce this error, best first.`;
  const closest = closestCodes.length > 0 ? ` Closest codes: ${closestCodes.join(', ')}.` : '';
  return `No scenario produces this message.${closest}`;
}

function MatchItem({ match, onOpen }: { match: FindMatch; onOpen?: () => void }) {
  return (
    <li
      data-find-match={match.id}
      className="space-y-1 rounded-md border border-slate-300 p-2 text-sm dark:border-slate-700"
    >
      <p className="font-semibold">
        {match.title}
        {match.historical && (
          <span className="font-normal text-slate-700 dark:text-slate-300">
            {' '}
            ({match.historical})
          </span>
        )}
      </p>
      <p>
        <code className="font-mono">{match.awsCode}</code>, breaks at step {match.step}
      </p>
      <p>{match.cause}</p>
      <a
        href={withRoomSeed(match.href)}
        onClick={onOpen}
        className="font-semibold text-sky-800 underline dark:text-sky-300"
      >
        Open at step {match.step}
        <span className="sr-only">: {match.title}</span>
      </a>
    </li>
  );
}

/** A scenario link keeps the room's seed: everyone in the room opens it on the same bytes. */
function withRoomSeed(href: string): string {
  const seed = seedParam(parseFragment(window.location.hash).seed);
  return seed ? `${href}&${seed}` : href;
}
