import { Switch } from '../../components/switch';
import {
  selectChecks,
  selectError,
  selectRealMechanics,
  selectStepContent,
  selectStepRecord,
} from '../../machine';
import type { SimError } from '../../sim';
import { IrsaActor } from '../irsa-actor';
import { CheckList } from './check-list';

const EVIDENCE_NOTE: Record<SimError['evidence'], string | null> = {
  observed: null,
  model: 'Wording from the AWS API model; the exact runtime message is unconfirmed.',
  unconfirmed: 'AWS does not document this case; the code and message are our best reading.',
};

/** The AWS error this step ended with: code, HTTP status and message, first thing in the panel. */
function ErrorBox({ error }: { error: SimError }) {
  const note = EVIDENCE_NOTE[error.evidence];
  return (
    <div
      role="group"
      aria-label="AWS error"
      data-error={error.awsCode}
      className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
    >
      <p className="font-bold wrap-anywhere">
        <span aria-hidden="true">✕ </span>Failed: {error.awsCode}{' '}
        <span className="font-semibold whitespace-nowrap">(HTTP {error.httpStatus})</span>
      </p>
      <p className="mt-1 font-mono text-sm wrap-anywhere">{error.message}</p>
      {note && <p className="mt-2 text-sm text-slate-800 dark:text-slate-200">{note}</p>}
    </div>
  );
}

/**
 * The step in plain words, the error first if there is one, the precise mechanics on request
 * (the machine holds the switch, so it stays on from step to step), and the checks.
 */
export function WhatHappensPanel() {
  const real = IrsaActor.useSelector(selectRealMechanics);
  const actor = IrsaActor.useActorRef();
  const step = IrsaActor.useSelector(selectStepContent);
  const error = IrsaActor.useSelector(selectError);
  const checks = IrsaActor.useSelector(selectChecks);
  const skipped = IrsaActor.useSelector((s) => selectStepRecord(s)?.skipped);
  return (
    <>
      <h2 className="text-lg leading-snug font-bold">
        {step.number === 0 ? 'Setup' : `${step.number}. ${step.title}`}
      </h2>
      {error && <ErrorBox error={error} />}
      <p className="leading-relaxed">{step.simple}</p>
      <div>
        <Switch
          label="Real mechanics"
          checked={real}
          onChange={(on) => actor.send({ type: 'view.realMechanics', on })}
        />
        {real && (
          <p
            data-real-mechanics
            className="mt-2 rounded-md border-l-4 border-sky-700 bg-slate-100 p-3 leading-relaxed text-slate-900 dark:border-sky-400 dark:bg-slate-800 dark:text-slate-100"
          >
            <span className="font-semibold">Real mechanics: </span>
            {step.realMechanics}
          </p>
        )}
      </div>
      {skipped && (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          <strong>Skipped in this run: </strong>
          {skipped}
        </p>
      )}
      <CheckList checks={checks} />
    </>
  );
}
