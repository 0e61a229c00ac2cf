import { useState } from 'react';
import { Switch } from '../../components/switch';
import { selectChecks, selectError, selectStepContent, selectStepRecord } from '../../machine';
import { IrsaActor } from '../irsa-actor';
import { CheckList } from './check-list';

const EVIDENCE_NOTE = {
  observed: null,
  model: 'Wording from the AWS API model; the exact runtime message is unconfirmed.',
  unconfirmed: 'AWS does not document this case; the code and message are our best reading.',
};

/** The step in plain words, the precise mechanics on request, the error if any, and the checks. */
export function WhatHappensPanel() {
  const [real, setReal] = useState(false);
  const step = IrsaActor.useSelector(selectStepContent);
  const error = IrsaActor.useSelector(selectError);
  const checks = IrsaActor.useSelector(selectChecks);
  const skipped = IrsaActor.useSelector((s) => selectStepRecord(s)?.skipped);
  return (
    <>
      <h2 className="text-lg font-bold">
        {step.number === 0 ? 'Setup' : `${step.number}. ${step.title}`}
      </h2>
      <p>{step.simple}</p>
      <Switch label="Real mechanics" checked={real} onChange={setReal} />
      {real && (
        <p className="rounded-md bg-slate-100 p-2 text-sm dark:bg-slate-800">
          {step.realMechanics}
        </p>
      )}
      {skipped && (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          <strong>Skipped in this run: </strong>
          {skipped}
        </p>
      )}
      {error && (
        <div
          role="note"
          className="rounded-md border-2 border-red-700 p-2 text-sm dark:border-red-400"
        >
          <p className="font-bold text-red-800 dark:text-red-200">
            HTTP {error.httpStatus} {error.awsCode}
          </p>
          <p className="font-mono text-xs break-words">{error.message}</p>
          {EVIDENCE_NOTE[error.evidence] && (
            <p className="mt-1 text-xs">{EVIDENCE_NOTE[error.evidence]}</p>
          )}
        </div>
      )}
      <CheckList checks={checks} />
    </>
  );
}
