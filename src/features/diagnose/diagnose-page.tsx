import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/button';
import { formatDiagnose } from '../../lib/url-state';
import { IRSA_FLOW } from '../../machine';
// By path, not through machine/index.ts: the engine's parsers bring the `yaml` package, which
// must arrive with this page and stay out of the first load.
import { diagnose } from '../../machine/diagnose/diagnose';
import type { DiagnoseFlow, Diagnosis, PasteField, Pastes } from '../../machine/diagnose/types';
import { seededSettings, settingsFor } from '../../machine/environment';
import { DiagnosisView } from './diagnosis-view';
import { PasteForm } from './paste-form';
import { fieldsOf } from './paste-fields';
import { clearPastes, setPaste, usePastes } from './paste-store';

/** A run's answer with what it was asked: the texts and the flow, to tell it from later edits. */
interface Result {
  pastes: Pastes;
  flow: DiagnoseFlow;
  diagnosis: Diagnosis;
}

/** Only the flow's non-blank fields are sent to the engine: a blank field was not pasted. */
function pastesFor(flow: DiagnoseFlow, pastes: Pastes): Pastes {
  const sent: Pastes = {};
  for (const { field } of fieldsOf(flow)) {
    const text = pastes[field];
    if (text !== undefined && text.trim() !== '') sent[field] = text;
  }
  return sent;
}

const same = (a: Pastes, b: Pastes, field: PasteField) => (a[field] ?? '') === (b[field] ?? '');

/**
 * `#/diagnose`: paste your own objects (ServiceAccount, pod, cluster, providers, role, policy,
 * token, association, error) and see where the engine's run of them stops, why, and the fixes in
 * your names. The texts stay in this tab's memory; nothing is sent, stored or put in the URL.
 */
export default function DiagnosePage({
  seed,
  flow: initialFlow,
}: {
  seed: string | null;
  flow: DiagnoseFlow;
}) {
  const [flow, setFlow] = useState(initialFlow);
  const pastes = usePastes();
  // The diagnosis shows no bytes, so without a room seed the demo key (fast) serves as well.
  const [settings] = useState(() =>
    seed === null ? seededSettings('diagnose') : settingsFor(seed),
  );
  const [result, setResult] = useState<Result | null>(null);
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Only the latest run may answer: an older one that ends later is dropped.
  const latest = useRef(0);
  const fields = useRef(new Map<PasteField, HTMLTextAreaElement>());
  const verdict = useRef<HTMLHeadingElement>(null);
  const focusAfterRun = useRef(false);

  const shown = result?.flow === flow ? result : null;
  const diagnosis = shown?.diagnosis ?? null;
  const flowFields = fieldsOf(flow);
  const fieldErrors: Partial<Record<PasteField, string>> = {};
  for (const { field } of flowFields) {
    const message = diagnosis?.fieldErrors[field];
    // A message is about the text it was given: it goes once that text is edited.
    if (message && shown && same(shown.pastes, pastes, field)) fieldErrors[field] = message;
  }
  const changedSince =
    shown !== null && flowFields.some((f) => !same(shown.pastes, pastes, f.field));

  useEffect(() => {
    if (!focusAfterRun.current || !result) return;
    focusAfterRun.current = false;
    const firstError = fieldsOf(result.flow).find((f) => result.diagnosis.fieldErrors[f.field]);
    if (firstError) {
      fields.current.get(firstError.field)?.focus();
      return;
    }
    const heading = verdict.current;
    if (!heading) return;
    heading.focus({ preventScroll: true });
    // Below the fields on a phone: bring the verdict to the top, not just into the bottom edge.
    const box = heading.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) heading.scrollIntoView({ block: 'start' });
  }, [result]);

  const run = () => {
    const id = ++latest.current;
    const asked = { pastes, flow };
    setRunning(true);
    setFailure(null);
    // The real clock even in a room: a pasted token's `exp` is judged against the time now.
    const now = Math.floor(Date.now() / 1000);
    diagnose(flow, pastesFor(flow, pastes), settings, now).then(
      (answer) => {
        if (id !== latest.current) return;
        focusAfterRun.current = true;
        setResult({ ...asked, diagnosis: answer });
        setRunning(false);
      },
      (error: unknown) => {
        if (id !== latest.current) return;
        setFailure(error instanceof Error ? error.message : String(error));
        setRunning(false);
      },
    );
  };

  const clearAll = () => {
    latest.current++;
    clearPastes();
    setResult(null);
    setRunning(false);
    setFailure(null);
    fields.current.get(flowFields[0]!.field)?.focus();
  };

  const chooseFlow = (next: DiagnoseFlow) => {
    setFlow(next);
    // The link says which flow, and nothing else: the pasted texts never go in the URL.
    window.history.replaceState(null, '', formatDiagnose(next, seed));
  };

  const focusField = (field: PasteField) => fields.current.get(field)?.focus();
  const canFocus = (field: PasteField) => flowFields.some((f) => f.field === field);
  const errorCount = Object.keys(fieldErrors).length;

  return (
    <article className="mx-auto max-w-7xl space-y-6 p-4 sm:p-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">Diagnose your setup</h1>
        <p className="max-w-4xl">
          Paste what <code className="font-mono">kubectl</code> and{' '}
          <code className="font-mono">aws</code> print for your ServiceAccount, pod, cluster and
          role: the page runs the exchange with your names and policies, says at which step AWS
          refuses and why, and gives the fixes.
        </p>
        <p className="max-w-4xl rounded-md border-l-4 border-sky-700 bg-sky-50 px-3 py-2 text-sm text-slate-900 dark:border-sky-400 dark:bg-slate-900 dark:text-slate-100">
          Everything runs in this page: nothing you paste is sent, stored or put in the URL, and a
          reload forgets it. The run is the simulator&apos;s engine with your names and policies, on
          our own demo keys: your token&apos;s signature cannot be checked without your
          cluster&apos;s key.
        </p>
      </header>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
        <PasteForm
          flow={flow}
          pastes={pastes}
          errors={fieldErrors}
          onFlow={chooseFlow}
          onChange={setPaste}
          onRun={run}
          fieldRef={(field, element) => {
            if (element) fields.current.set(field, element);
            else fields.current.delete(field);
          }}
          actions={
            <>
              <Button
                variant="primary"
                onClick={run}
                title="Diagnose (Ctrl+Enter or ⌘+Enter in a field)"
              >
                Diagnose
              </Button>
              <Button onClick={clearAll}>Clear all</Button>
              <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
                {running ? 'Diagnosing…' : ''}
              </p>
            </>
          }
        />
        <section
          aria-labelledby="diagnose-result-title"
          aria-busy={running}
          className="min-w-0 space-y-4"
        >
          <h2 id="diagnose-result-title" className="text-lg font-bold">
            Result
          </h2>
          {failure && (
            <p role="alert" className="text-sm text-red-800 dark:text-red-300">
              The run could not finish: {failure}
            </p>
          )}
          {changedSince && (
            <p className="rounded-md border-l-4 border-amber-600 px-3 py-2 text-sm dark:border-amber-400">
              You changed the pastes since this run: press Diagnose again to update it.
            </p>
          )}
          {!diagnosis ? (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Paste what you have, then press Diagnose (or Ctrl+Enter in a field).
            </p>
          ) : diagnosis.run === null ? (
            <p className="text-sm">
              Nothing was run:{' '}
              {errorCount > 0
                ? `${errorCount === 1 ? 'one paste' : `${errorCount} pastes`} could not be read (the message is at the field).`
                : 'correct the pastes and press Diagnose again.'}
            </p>
          ) : (
            <DiagnosisView
              run={diagnosis.run}
              stepCount={flow === 'irsa' ? IRSA_FLOW.steps.length : null}
              verdictRef={verdict}
              onFocusField={focusField}
              canFocus={canFocus}
            />
          )}
        </section>
      </div>
    </article>
  );
}
