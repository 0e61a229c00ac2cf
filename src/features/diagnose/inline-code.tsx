import type { ReactNode } from 'react';

/**
 * The engine's sentences mark names and commands with backticks ("the one `eksctl create
 * iamserviceaccount` writes"): each marked part is shown as code, the rest as text.
 */
export function withCode(text: string): ReactNode[] {
  const parts = text.split('`');
  // An unpaired backtick is a character, not a mark.
  if (parts.length % 2 === 0) return [text];
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <code
        key={i}
        className="rounded bg-slate-100 px-1 font-mono text-[0.9em] wrap-anywhere dark:bg-slate-800"
      >
        {part}
      </code>
    ) : (
      part
    ),
  );
}
