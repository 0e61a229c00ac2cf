import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { Button } from '../components/button';
import { CopyButton } from '../components/copy-button';
import { controlBorder, Field } from '../components/field';
import {
  formatDeck,
  formatDiagnose,
  formatFragment,
  formatGenerate,
  formatPage,
  isSeedWord,
  parseFragment,
} from '../lib/url-state';

/** The same place with another seed (null: fresh keys): the explore page keeps its flow, scenario, fix and step. */
export function withSeed(hash: string, seed: string | null): string {
  const place = parseFragment(hash);
  if (place.route === 'explore') return formatFragment({ ...place, seed });
  if (place.route === 'present') return formatDeck(place.slide, place.deckView, seed);
  if (place.route === 'diagnose') return formatDiagnose(place.flow, seed);
  if (place.route === 'generate') return formatGenerate(place.flow, place.scenario, seed);
  return formatPage(place.route, seed);
}

const INVALID = 'Use one word of letters, digits and dashes (at most 32), e.g. workshop-7.';

/**
 * The room seed's panel, below its button: what a seed does, the word, "Use this seed", the link
 * to hand the room, and "Fresh keys". A seed goes into the URL (a history entry) and the page
 * starts its runs again. Escape closes it (focus back on the button), as does a press elsewhere.
 */
export default function RoomSeedPanel({
  seed,
  reopened,
  onApply,
  onClose,
  button,
}: {
  seed: string | null;
  /** Opened again after a seed was applied: focus the link to copy (or, without a seed, the field). */
  reopened: boolean;
  onApply: (seed: string | null) => void;
  onClose: (refocus: boolean) => void;
  button: RefObject<HTMLButtonElement | null>;
}) {
  const [word, setWord] = useState(seed ?? '');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const copy = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // After a seed is applied, the next thing to do is to copy its link.
  const toLink = useRef(reopened);
  useEffect(() => {
    const target = toLink.current && seed !== null ? copy.current?.querySelector('button') : null;
    toLink.current = false;
    (target ?? input.current)?.focus();
  }, [seed]);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [button, onClose]);

  const apply = (next: string | null) => {
    toLink.current = true;
    onApply(next);
    window.location.hash = withSeed(window.location.hash, next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = word.trim();
    if (!isSeedWord(next)) {
      setError(INVALID);
      input.current?.focus();
      return;
    }
    setError(null);
    if (next !== seed) apply(next);
  };
  // Read when the panel opens or the seed changes: the page's place at that moment.
  const { origin, pathname, search, hash } = window.location;
  const link = seed === null ? null : `${origin}${pathname}${search}${withSeed(hash, seed)}`;

  return (
    <div
      ref={panel}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose(true);
      }}
      className="absolute top-full right-0 z-30 mt-1 w-[min(24rem,calc(100vw-1rem))] space-y-3 rounded-lg border border-slate-300 bg-white p-3 text-sm shadow-lg max-sm:fixed max-sm:inset-x-2 max-sm:top-auto max-sm:w-auto dark:border-slate-700 dark:bg-slate-950"
    >
      <p>
        Everyone who opens the link gets the bundled demo key, a fixed clock and the same ids, so
        tokens and signatures match byte for byte.
      </p>
      <form onSubmit={submit} noValidate className="space-y-2">
        <Field label="Seed word" error={error}>
          {(control) => (
            <input
              {...control}
              ref={input}
              value={word}
              placeholder="workshop-7"
              spellCheck={false}
              autoComplete="off"
              maxLength={64}
              onChange={(e) => {
                setWord(e.target.value);
                if (error && isSeedWord(e.target.value.trim())) setError(null);
              }}
              className={`w-full rounded-md border bg-white px-2 py-1.5 font-mono text-sm dark:bg-slate-900 ${controlBorder(!!error)}`}
            />
          )}
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="primary" className="px-3 py-1.5">
            Use this seed
          </Button>
          {seed !== null && (
            <Button onClick={() => apply(null)} className="px-3 py-1.5">
              Fresh keys
            </Button>
          )}
        </div>
      </form>
      {link && (
        <div ref={copy} className="space-y-1">
          <div className="flex items-center justify-between gap-2">
            <span className="font-semibold">Link for the room</span>
            <CopyButton text={link} what="link for the room" />
          </div>
          <p className="rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs break-all dark:border-slate-700 dark:bg-slate-900">
            {link}
          </p>
        </div>
      )}
    </div>
  );
}
