import { useEffect, useId, useState, type ReactNode } from 'react';

/**
 * A focusable term whose one-line explanation shows on hover and on keyboard focus. The tip is
 * always in the DOM (visually hidden while closed) and linked with aria-describedby, so screen
 * readers read it with the term. WCAG 1.4.13: it stays open while the pointer moves onto it
 * (hoverable), until hover and focus leave (persistent), and Escape closes it wherever focus is
 * (dismissible).
 */
export function Tooltip({ children, tip }: { children: ReactNode; tip: string }) {
  const id = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = (hovered || focused) && !dismissed;
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setDismissed(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);
  return (
    <span
      className="relative inline-block"
      onMouseEnter={() => {
        setHovered(true);
        setDismissed(false);
      }}
      onMouseLeave={() => setHovered(false)}
    >
      <span
        tabIndex={0}
        aria-describedby={id}
        onFocus={() => {
          setFocused(true);
          setDismissed(false);
        }}
        onBlur={() => setFocused(false)}
        className="cursor-help rounded-sm underline decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600"
      >
        {children}
      </span>
      {/* Padding, not margin, between term and tip: the pointer crosses no gap on its way over. */}
      <span
        id={id}
        role="tooltip"
        className={open ? 'absolute top-full left-0 z-20 pt-1' : 'sr-only'}
      >
        <span
          className={
            open
              ? 'block w-64 max-w-[70vw] rounded-md bg-slate-900 p-2 font-sans text-sm font-normal break-normal whitespace-normal text-white shadow-lg dark:bg-slate-100 dark:text-slate-900'
              : undefined
          }
        >
          {tip}
        </span>
      </span>
    </span>
  );
}
