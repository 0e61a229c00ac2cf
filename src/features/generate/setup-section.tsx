import { useId, useRef } from 'react';
import { CopyButton } from '../../components/copy-button';
import type { GeneratedFile } from '../../machine/generate/eksctl';

/** Save text as a file, in the browser: a Blob URL and a temporary `<a download>`. */
function download(file: GeneratedFile) {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has been handled: the download keeps its own reference.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** One way to create the setup: a heading, what it is, the exact text, Copy and Download. */
export function SetupSection({
  title,
  description,
  file,
}: {
  title: string;
  description: string;
  file: GeneratedFile;
}) {
  const headingId = useId();
  const pre = useRef<HTMLPreElement>(null);
  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-2" data-setup={file.fileName}>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h3 id={headingId} className="text-base font-bold">
          {title}
        </h3>
        <div className="flex items-center gap-2">
          <CopyButton text={file.text} what={title} selectTarget={() => pre.current} />
          <button
            type="button"
            onClick={() => download(file)}
            aria-label={`Download ${title} as ${file.fileName}`}
            className="rounded border border-slate-400 bg-white px-2 py-0.5 text-sm font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-sky-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
          >
            Download
          </button>
        </div>
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">{description}</p>
      <pre
        ref={pre}
        tabIndex={0}
        aria-label={`${title}: ${file.fileName}`}
        className="max-h-96 overflow-auto rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-[13px] leading-relaxed whitespace-pre text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <code>{file.text}</code>
      </pre>
    </section>
  );
}
