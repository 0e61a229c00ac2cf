import { EvidenceLabel } from '../../components/evidence-label';
import { Switch } from '../../components/switch';
import {
  EVIDENCE_NOTE,
  selectChecks,
  selectError,
  selectPosition,
  selectRealMechanics,
  selectStepContent,
  selectStepRecord,
} from '../../machine';
import type { SimError } from '../../sim';
import { IrsaActor } from '../irsa-actor';
import { CheckList } from './check-list';

/**
 * The error this step ended with, first thing in the panel: AWS's code, HTTP status and message,
 * or, when the SDK failed inside the pod, the client's own error (no AWS service answered).
 */
function ErrorBox({ error }: { error: SimError }) {
  const inPod = error.hop === 'in-pod';
  return (
    <div
      role="group"
      aria-label={inPod ? 'Error in the pod' : 'AWS error'}
      data-error={error.awsCode}
      className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
    >
      <p className="font-bold wrap-anywhere">
        <span aria-hidden="true">✕ </span>Failed: {error.awsCode}{' '}
        <span className="font-semibold whitespace-nowrap">
          {inPod ? '(in the pod: no AWS service answered)' : `(HTTP ${error.httpStatus})`}
        </span>
      </p>
      <p className="mt-1 font-mono text-sm wrap-anywhere">{error.message}</p>
      <EvidenceLabel note={EVIDENCE_NOTE[error.evidence]} source={error.source} />
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
  const position = IrsaActor.useSelector(selectPosition);
  const error = IrsaActor.useSelector(selectError);
  const checks = IrsaActor.useSelector(selectChecks);
  const skipped = IrsaActor.useSelector((s) => selectStepRecord(s)?.skipped);
  const detour = IrsaActor.useSelector((s) => selectStepRecord(s)?.detour);
  return (
    <>
      <h2 className="text-lg leading-snug font-bold">
        {position === 0 ? step.title : `${position}. ${step.title}`}
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
      {detour && (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          <strong>In this run: </strong>
          {detour}
        </p>
      )}
      <CheckList checks={checks} />
    </>
  );
}
