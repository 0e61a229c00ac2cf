import { useEffect, useState } from 'react';

/**
 * Copies exact text. Says "Copied" in a polite live region; where the clipboard is not available
 * it selects the target's text instead and says how to copy it.
 */
export function CopyButton({
  text,
  what,
  selectTarget,
}: {
  text: string;
  what: string;
  selectTarget?: () => HTMLElement | null;
}) {
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(''), 1500);
    return () => window.clearTimeout(timer);
  }, [message]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage('Copied');
    } catch {
      const target = selectTarget?.();
      if (target) window.getSelection()?.selectAllChildren(target);
      setMessage('Selected: press Ctrl+C to copy');
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={`Copy ${what}`}
        className="rounded border border-slate-400 px-2 py-0.5 text-xs font-semibold hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-sky-600 dark:border-slate-500 dark:hover:bg-slate-800"
      >
        Copy
      </button>
      <span aria-live="polite" className="text-xs text-slate-700 dark:text-slate-300">
        {message}
      </span>
    </span>
  );
}
