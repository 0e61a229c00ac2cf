import { useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { Button } from '../../components/button';
import { EXERCISES } from '../../machine/training/exercises';
import { currentHash, formatTrain, parseFragment } from '../../lib/url-state';
import {
  EXPORT_FILE_NAME,
  exportProgress,
  known,
  readImport,
  type ExerciseMap,
} from './progress-store';
import { useProgress } from './use-progress';

const IDS = EXERCISES.map((e) => e.id);
// An export of every exercise is a few kB: anything far larger is not one.
const MAX_FILE_BYTES = 1_000_000;

/** "progress on 3 exercises (2 solved)", counting only exercises this version has. */
function describe(exercises: ExerciseMap): string {
  const ids = known(exercises, IDS);
  const solved = ids.filter((id) => exercises[id]!.state === 'solved').length;
  const others = Object.keys(exercises).length - ids.length;
  return (
    `progress on ${ids.length} exercise${ids.length === 1 ? '' : 's'} (${solved} solved)` +
    (others > 0
      ? `, and ${others} entr${others === 1 ? 'y' : 'ies'} for exercises this version does not have (kept, not counted)`
      : '')
  );
}

interface PendingImport {
  exercises: ExerciseMap;
  file: string;
  note: string | null;
}

/**
 * Export progress to a JSON file, import it from one (checked first: a file that is not an
 * export changes nothing), reset it (after asking), and the link to the printable summary.
 * Everything stays in this browser: the file is made here and read here.
 */
export function ProgressTools() {
  const progress = useProgress();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  // Button takes no ref: focus returns to these by id.
  const focus = (which: 'import' | 'reset') => document.getElementById(`${id}-${which}`)?.focus();
  const [message, setMessage] = useState('');
  const [importError, setImportError] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const empty = Object.keys(progress.exercises).length === 0;

  const exportFile = () => {
    const text = exportProgress(progress.exercises, new Date());
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = EXPORT_FILE_NAME;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked later, not at once: the download reads the URL after this returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setMessage(`Downloading ${EXPORT_FILE_NAME}: ${describe(progress.exercises)}.`);
  };

  const apply = (imported: PendingImport) => {
    progress.replace(imported.exercises);
    setPending(null);
    setMessage(
      `Imported ${describe(imported.exercises)} from ${imported.file}.` +
        (imported.note ? ` ${imported.note}` : ''),
    );
    focus('import');
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be chosen again
    if (!file) return;
    setMessage('');
    setPending(null);
    setConfirmReset(false);
    const read =
      file.size > MAX_FILE_BYTES
        ? {
            ok: false as const,
            error: `${file.name} is ${Math.round(file.size / 1024)} kB: too large to be a training progress export. Nothing was changed.`,
          }
        : readImport(await file.text());
    if (!read.ok) {
      setImportError(read.error);
      return;
    }
    setImportError(null);
    const imported = { exercises: read.exercises, file: file.name, note: read.note };
    // Nothing to lose: import at once. Otherwise say what the file holds and ask.
    if (empty) apply(imported);
    else setPending(imported);
  };

  const doReset = () => {
    progress.reset();
    setConfirmReset(false);
    setMessage('Progress reset: every exercise is new again.');
    focus('reset');
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded-md border border-slate-300 p-4 dark:border-slate-700 print:hidden"
    >
      <h2 id={`${id}-title`} className="text-lg font-bold">
        Your progress
      </h2>
      <p className="text-sm">
        Kept in this browser only; nothing is sent anywhere. Export it to move it to another browser
        or to hand it in, or open the{' '}
        <a
          href={formatTrain('summary', null, parseFragment(currentHash()).seed)}
          className="font-semibold text-sky-800 underline dark:text-sky-300"
        >
          printable summary for your instructor
        </a>
        .
      </p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={exportFile}>Export progress</Button>
        <Button
          id={`${id}-import`}
          onClick={() => fileInput.current?.click()}
          aria-describedby={importError ? `${id}-import-error` : undefined}
        >
          Import progress…
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => void chooseFile(event)}
        />
        <Button
          id={`${id}-reset`}
          unavailable={empty}
          aria-expanded={confirmReset}
          onClick={() => {
            setPending(null);
            setImportError(null);
            setConfirmReset(true);
          }}
        >
          Reset progress…
        </Button>
      </div>
      {importError && (
        <p
          id={`${id}-import-error`}
          role="alert"
          className="text-sm text-red-800 dark:text-red-300"
        >
          {importError}
        </p>
      )}
      {pending && (
        <Confirm
          question={`${pending.file} holds ${describe(pending.exercises)}. Replace your ${describe(progress.exercises)} with it?`}
          action="Replace my progress"
          onConfirm={() => apply(pending)}
          onCancel={() => {
            setPending(null);
            setMessage('Import cancelled: nothing was changed.');
            focus('import');
          }}
        />
      )}
      {confirmReset && (
        <Confirm
          question={`Forget your ${describe(progress.exercises)}? This cannot be undone (export it first to keep a copy).`}
          action="Reset"
          onConfirm={doReset}
          onCancel={() => {
            setConfirmReset(false);
            focus('reset');
          }}
        />
      )}
      <p role="status" className="text-sm">
        {message}
      </p>
    </section>
  );
}

/** Asks before a change that loses progress. Focus starts on Cancel; Escape cancels. */
function Confirm({
  question,
  action,
  onConfirm,
  onCancel,
}: {
  question: string;
  action: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <div
      role="group"
      aria-labelledby={id}
      onKeyDown={onKeyDown}
      className="space-y-2 rounded-md border border-amber-600 bg-amber-50 p-3 dark:border-amber-400 dark:bg-amber-950"
    >
      <p id={id} className="text-sm font-semibold">
        Are you sure? {question}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={onConfirm}>
          {action}
        </Button>
        <Button autoFocus onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

/**
 * Says once why stored progress was migrated or reset, or that it cannot be saved here. Renders
 * nothing when all is well; Dismiss hides it for this visit (the cleaned copy is already saved).
 */
export function RecoveryNotice() {
  const { recovery, dismissRecovery } = useProgress();
  const box = useRef<HTMLDivElement>(null);
  if (!recovery) return null;
  const dismiss = () => {
    // The button disappears with the notice: focus moves to the page's heading, not to nowhere.
    const heading = box.current?.closest('main')?.querySelector<HTMLElement>('h1');
    dismissRecovery();
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  };
  return (
    <div
      ref={box}
      role="alert"
      className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-amber-600 bg-amber-50 p-3 text-sm dark:border-amber-400 dark:bg-amber-950 print:hidden"
    >
      <p className="min-w-0 flex-1">{recovery}</p>
      <Button onClick={dismiss} className="px-3 py-1">
        Dismiss
      </Button>
    </div>
  );
}
