import { useId, useState, type ReactNode } from 'react';

/**
 * A focusable term whose one-line explanation shows on hover and on keyboard focus, and is
 * linked with aria-describedby so screen readers read it too.
 */
export function Tooltip({ children, tip }: { children: ReactNode; tip: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="relative inline-block">
      <span
        tabIndex={0}
        aria-describedby={id}
        onMouseEnter={() => setOpen(true)}
        onMouseLeave={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        className="cursor-help underline decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-600"
      >
        {children}
      </span>
      <span
        id={id}
        role="tooltip"
        className={`absolute top-full left-0 z-10 mt-1 w-64 rounded-md bg-slate-900 p-2 text-xs font-normal whitespace-normal text-white shadow-lg dark:bg-slate-100 dark:text-slate-900 ${open ? '' : 'sr-only'}`}
      >
        {tip}
      </span>
    </span>
  );
}
