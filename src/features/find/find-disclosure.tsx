import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from '../../components/button';

// The matcher's panel loads when first opened: the explore page starts without it.
const FindByErrorPanel = lazy(() => import('./find-by-error-panel'));

/**
 * "Find by error message" on the explore page: a button beside the scenario picker that opens the
 * field in a panel over the page, so the diagram never moves. Escape closes it and returns focus
 * to the button; following a result closes it so the scenario shows. What was pasted is kept.
 */
export function FindDisclosure() {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  // Opened again: back to the field (the first time, the panel focuses it when it has loaded).
  useEffect(() => {
    if (open) panel.current?.querySelector('textarea')?.focus();
  }, [open]);
  const toggle = () => {
    setOpen(!open);
    setOpened(true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    setOpen(false);
    document.getElementById(`${id}-button`)?.focus();
  };
  return (
    <>
      {/* Icon only between lg and 2xl: the header must stay one row at 1280 px wide. */}
      <Button
        id={`${id}-button`}
        aria-expanded={open}
        aria-controls={id}
        onClick={toggle}
        title="Find by error message"
        className="inline-flex items-center gap-1.5 aria-expanded:bg-slate-200 dark:aria-expanded:bg-slate-700"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 shrink-0">
          <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M10 10l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="lg:max-2xl:sr-only">Find by error message</span>
      </Button>
      {/* Against the header's wrapper: full width on a phone (the page scrolls), a column on a screen. */}
      <div
        id={id}
        ref={panel}
        hidden={!open}
        onKeyDown={onKeyDown}
        className="absolute inset-x-2 top-full z-30 mt-1 lg:max-h-[calc(100dvh-5rem)] lg:overflow-y-auto rounded-lg border border-slate-300 bg-white p-3 shadow-lg sm:right-auto sm:left-4 sm:w-[36rem] dark:border-slate-700 dark:bg-slate-950"
      >
        {opened && (
          <Suspense fallback={<p className="text-sm">Loading…</p>}>
            <FindByErrorPanel autoFocus onOpenScenario={() => setOpen(false)} />
          </Suspense>
        )}
      </div>
    </>
  );
}
