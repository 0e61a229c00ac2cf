import { lazy, Suspense, useEffect, useRef, useState } from 'react';

// The panel (the field, the link, its copy button) loads when first opened: the header is on the
// first screen, and the first load has no room for it.
const RoomSeedPanel = lazy(() => import('./room-seed-panel'));

/**
 * The seed just applied (null: fresh keys). On the explore page another seed is another machine,
 * so the root mounts the page, and this header, afresh: the new control opens again where the
 * user was. Elsewhere the same control re-renders with the new seed and forgets it.
 */
let applied: string | null | undefined;

/**
 * The room seed in the header: "Same bytes" opens a small panel to pick a word and get the link
 * for the room; with a seed, the button is the visible "Demo key · seed <word>" label.
 */
export function RoomSeed({ seed, compact }: { seed: string | null; compact: boolean }) {
  const [reopened] = useState(() => applied === seed);
  const [open, setOpen] = useState(reopened);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (applied === seed) applied = undefined;
  }, [seed]);
  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        title={
          seed === null
            ? 'Same keys, clock and ids for the whole room'
            : `The bundled demo key, a fixed clock and ids seeded by "${seed}": the same bytes for everyone with this link`
        }
        className={`rounded-md border border-slate-400 px-2 py-1 text-left text-xs leading-tight font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 aria-expanded:bg-slate-200 dark:border-slate-500 dark:text-slate-100 dark:hover:bg-slate-800 dark:aria-expanded:bg-slate-700 ${compact ? 'lg:max-2xl:px-1.5 lg:max-2xl:py-0.5 lg:max-2xl:text-[11px]' : ''}`}
      >
        {seed === null ? (
          'Same bytes'
        ) : (
          // Two short lines in a compact header: the explore page's header stays one row.
          <>
            Demo key ·{' '}
            <span
              className={`inline-block max-w-48 truncate align-bottom ${compact ? 'lg:max-2xl:block lg:max-2xl:max-w-24' : ''}`}
            >
              seed {seed}
            </span>
          </>
        )}
      </button>
      {open && (
        <Suspense fallback={null}>
          <RoomSeedPanel
            seed={seed}
            reopened={reopened}
            onApply={(next) => (applied = next)}
            onClose={(refocus) => {
              setOpen(false);
              if (refocus) button.current?.focus();
            }}
            button={button}
          />
        </Suspense>
      )}
    </div>
  );
}
