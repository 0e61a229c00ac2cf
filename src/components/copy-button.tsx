import { useEffect, useState } from 'react';

const COPIED = 'Copied';

/**
 * "Copy" for exact text; its accessible name is "Copy <what>". Says "Copied" for 1.5 s in a
 * polite live region. Where the clipboard is unavailable (insecure context, denied permission)
 * it selects the target's text instead and says how to copy it, long enough to read.
 */
export function CopyButton({
  text,
  what,
  selectTarget,
}: {
  text: string;
  what: string;
  /** The element whose text to select when the clipboard cannot be written. */
  selectTarget?: () => HTMLElement | null;
}) {
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(''), message === COPIED ? 1500 : 6000);
    return () => window.clearTimeout(timer);
  }, [message]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(COPIED);
    } catch {
      const target = selectTarget?.();
      if (target) window.getSelection()?.selectAllChildren(target);
      setMessage(target ? 'Selected: press Ctrl+C to copy' : 'Copying is not available here');
    }
  };
  return (
    // The message grows to the left, so the button stays put at the end of its row.
    <span className="inline-flex shrink-0 items-center gap-2">
      <span aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
        {message}
      </span>
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={`Copy ${what}`}
        className="rounded border border-slate-400 bg-white px-2 py-0.5 text-sm font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-sky-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        Copy
      </button>
    </span>
  );
}
