interface CodeBlockProps {
  title: string;
  text: string;
  id?: string;
}

/** A titled, selectable, scrollable block of exact text (wire bytes, JSON, YAML). */
export function CodeBlock({ title, text, id }: CodeBlockProps) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section aria-labelledby={headingId} className="min-w-0">
      <h3 id={headingId} className="mb-1 text-sm font-semibold text-slate-800 dark:text-slate-200">
        {title}
      </h3>
      <pre
        data-artifact={id}
        tabIndex={0}
        className="max-h-96 overflow-auto rounded-md border border-slate-300 bg-slate-50 p-3 text-xs leading-relaxed whitespace-pre-wrap break-all text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <code>{text}</code>
      </pre>
    </section>
  );
}
