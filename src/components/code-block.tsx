import { useId, useRef, type ReactNode } from 'react';
import { CopyButton } from './copy-button';

interface CodeBlockProps {
  title: string;
  text: string;
  /**
   * `pre[data-artifact=<id>]` for tests and links. Set it only on a block that shows that
   * artifact's exact text, and keep each id once in the DOM.
   */
  id?: string;
  /** Rich rendering of `text` (e.g. coloured token segments); copying always takes `text`. */
  children?: ReactNode;
}

/**
 * A titled, selectable block of exact text (wire bytes, JSON, YAML) with a copy button. Long
 * values (tokens, ARNs, signatures) wrap anywhere, so the block never widens the page.
 */
export function CodeBlock({ title, text, id, children }: CodeBlockProps) {
  const headingId = useId();
  const pre = useRef<HTMLPreElement>(null);
  return (
    <section aria-labelledby={headingId} className="min-w-0">
      <div className="mb-1 flex items-end justify-between gap-2">
        <h3
          id={headingId}
          className="min-w-0 text-sm font-semibold text-slate-800 dark:text-slate-200"
        >
          {title}
        </h3>
        <CopyButton text={text} what={title} selectTarget={() => pre.current} />
      </div>
      <pre
        ref={pre}
        data-artifact={id}
        tabIndex={0}
        className="max-h-96 overflow-auto rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-[13px] leading-relaxed wrap-anywhere whitespace-pre-wrap text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        {children ?? <code>{text}</code>}
      </pre>
    </section>
  );
}
