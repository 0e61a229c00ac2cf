import { useEffect, useId, useRef, type ReactNode } from 'react';
import { DECK } from '../../machine/deck';

const BUTTON =
  'rounded-md border-2 border-slate-400 bg-white px-[0.8em] py-[0.3em] font-semibold hover:bg-slate-100 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-500 dark:bg-slate-900 dark:hover:bg-slate-800';

/**
 * A modal `<dialog>`: the browser traps focus in it, Esc closes it, and the deck's own keys stop
 * while it is open (focusKind says "dialog"). `toggleKey` closes it too (O for the overview).
 */
function DeckDialog({
  open,
  onClose,
  title,
  toggleKey,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  toggleKey: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // The card of the current slide takes the focus (React's autoFocus runs before showModal).
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={(event) => {
        if (
          event.key.toLowerCase() === toggleKey &&
          !event.ctrlKey &&
          !event.metaKey &&
          !event.altKey
        ) {
          event.preventDefault();
          onClose();
        }
      }}
      className="deck-dialog m-auto max-h-[90dvh] w-[min(92vw,calc(var(--su)*150))] overflow-auto rounded-xl border-2 border-slate-400 bg-white p-[calc(var(--su)*3)] text-slate-900 backdrop:bg-slate-950/70 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100"
    >
      <div className="mb-[calc(var(--su)*2)] flex items-baseline justify-between gap-4">
        <h2 id={titleId} className="deck-s-title font-bold">
          {title}
        </h2>
        <button type="button" className={`deck-s-body ${BUTTON}`} onClick={onClose}>
          Close
        </button>
      </div>
      {open && children}
    </dialog>
  );
}

/** O: every slide as a numbered card; Enter or a click goes there. */
export function DeckOverview({
  open,
  current,
  onClose,
  onJump,
}: {
  open: boolean;
  current: number;
  onClose: () => void;
  onJump: (slide: number) => void;
}) {
  return (
    <DeckDialog open={open} onClose={onClose} title="All slides" toggleKey="o">
      <ol className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,13rem),1fr))] gap-[calc(var(--su)*1.5)]">
        {DECK.map((slide, i) => (
          <li key={slide.id} className="flex">
            <button
              type="button"
              data-autofocus={i + 1 === current || undefined}
              aria-current={i + 1 === current ? 'step' : undefined}
              onClick={() => onJump(i + 1)}
              className={`deck-s-body flex w-full flex-col items-start gap-1 rounded-lg border-2 p-[0.6em] text-left hover:bg-slate-100 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:hover:bg-slate-800 ${
                i + 1 === current
                  ? 'border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-sky-950'
                  : 'border-slate-400 dark:border-slate-500'
              }`}
            >
              <span className="font-mono font-bold">
                {i + 1}
                {i + 1 === current ? ' · now' : ''}
              </span>
              <span>{slide.title}</span>
            </button>
          </li>
        ))}
      </ol>
    </DeckDialog>
  );
}

const KEYS: [string[], string][] = [
  [['→', 'Space', 'PageDown', 'N'], 'next (on a step slide, first plays the step)'],
  [['←', 'PageUp', 'P'], 'previous'],
  [['Home', 'End'], 'first, last slide'],
  [['0–9', 'Enter'], 'a slide number, then Enter: go there'],
  [['O'], 'all slides'],
  [['F'], 'fullscreen'],
  [['B', '.'], 'black screen (any key brings it back)'],
  [['S'], 'speaker view, in its own window'],
  [['Esc'], 'leave the deck'],
];

/** ?: the deck's keys, with buttons for the ones a mouse user may want. */
export function DeckHelp({
  open,
  onClose,
  actions,
}: {
  open: boolean;
  onClose: () => void;
  actions: { speaker: () => void; fullscreen: () => void; leave: () => void };
}) {
  return (
    <DeckDialog open={open} onClose={onClose} title="Keys" toggleKey="?">
      <dl className="deck-s-body grid grid-cols-[auto_1fr] gap-x-[1.2em] gap-y-[0.4em]">
        {KEYS.map(([keys, what]) => (
          <div key={what} className="contents">
            <dt className="flex flex-wrap gap-[0.3em]">
              {keys.map((key) => (
                <kbd
                  key={key}
                  className="rounded border-2 border-slate-400 px-[0.3em] font-mono font-bold dark:border-slate-500"
                >
                  {key}
                </kbd>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <div className="deck-s-body mt-[calc(var(--su)*2)] flex flex-wrap gap-3">
        <button type="button" className={BUTTON} onClick={actions.speaker}>
          Speaker view
        </button>
        <button type="button" className={BUTTON} onClick={actions.fullscreen}>
          Fullscreen
        </button>
        <button type="button" className={BUTTON} onClick={actions.leave}>
          Leave the deck
        </button>
      </div>
    </DeckDialog>
  );
}

/**
 * B or .: the screen goes black and says nothing, for when the room should look at the speaker.
 * One button over everything: a click or any key brings the slide back.
 */
export function Blackout({ onRestore }: { onRestore: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <button
      ref={ref}
      type="button"
      data-blackout
      aria-label="Black screen. Press any key or click to show the slide again."
      onClick={onRestore}
      className="fixed inset-0 z-50 cursor-none bg-black outline-none"
    />
  );
}
