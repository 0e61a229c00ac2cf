import { useCallback, useEffect, useState } from 'react';
import {
  selectOutcome,
  selectStatusText,
  type irsaMachine,
  type IrsaContext,
  type Outcome,
} from '../../machine';
import { selectDifferences, type CompareValue } from '../../machine/compare-view';
import { IrsaActor } from '../irsa-actor';
import { SlideRun } from './slide-run';

type Side = 'irsa' | 'pod-identity';
interface SideState {
  context: IrsaContext;
  outcome: Outcome;
  status: string;
}

/** The rows worth a slide: who verifies, what IAM needs, whom the role trusts, the token. */
const ROWS = ['verifier', 'iam-per-cluster', 'trust-principal', 'token-audience', 'token-file'];
const LAST_STEP = 6;

const valueText = (v: CompareValue) =>
  v.kind === 'value'
    ? v.text
    : v.kind === 'not-run'
      ? 'not run yet'
      : 'not reached: the run stopped';

/**
 * IRSA and EKS Pod Identity, both run to the end for real (Pod Identity's walk arrives in its own
 * chunk), and a few rows of what differs, read from the two runs.
 */
export function ComparisonBody({ seed }: { seed: string | null }) {
  const [podIdentity, setPodIdentity] = useState<typeof irsaMachine | null>(null);
  const [sides, setSides] = useState<Partial<Record<Side, SideState>>>({});
  const onSide = useCallback(
    (side: Side, state: SideState) => setSides((all) => ({ ...all, [side]: state })),
    [],
  );
  useEffect(() => {
    let live = true;
    void import('../../machine/pod-identity').then((m) => {
      if (live) setPodIdentity(() => m.podIdentityMachine);
    });
    return () => {
      live = false;
    };
  }, []);
  const irsa = sides.irsa;
  const pi = sides['pod-identity'];
  const rows =
    irsa && pi
      ? selectDifferences(irsa.context, pi.context).filter((r) => ROWS.includes(r.id))
      : [];
  return (
    <div className="deck-gap flex min-h-0 flex-1 flex-col">
      <SlideRun name="irsa" flow="irsa" scenario={null} step={LAST_STEP} seed={seed}>
        <Report side="irsa" onSide={onSide} />
      </SlideRun>
      {podIdentity && (
        <SlideRun
          name="pod-identity"
          flow="pod-identity"
          scenario={null}
          step={LAST_STEP}
          seed={seed}
          logic={podIdentity}
        >
          <Report side="pod-identity" onSide={onSide} />
        </SlideRun>
      )}
      <table className="deck-t-small w-full table-fixed border-collapse">
        <thead>
          <tr>
            <th scope="col" className="w-[22%] p-[calc(var(--u)*0.8)] text-left">
              <span className="sr-only">Aspect</span>
            </th>
            <OutcomeHead name="IRSA" side={irsa} />
            <OutcomeHead name="EKS Pod Identity" side={pi} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              data-row={row.id}
              className="border-t-2 border-slate-300 dark:border-slate-700"
            >
              <th scope="row" className="p-[calc(var(--u)*0.8)] text-left align-top font-semibold">
                {row.label}
              </th>
              <td className="p-[calc(var(--u)*0.8)] align-top wrap-anywhere">
                {valueText(row.irsa)}
              </td>
              <td className="p-[calc(var(--u)*0.8)] align-top wrap-anywhere">
                {valueText(row.podIdentity)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OutcomeHead({ name, side }: { name: string; side: SideState | undefined }) {
  const mark = side?.outcome === 'succeeded' ? '✓' : side?.outcome === 'failed' ? '✕' : '…';
  return (
    <th scope="col" className="p-[calc(var(--u)*0.8)] text-left align-top">
      <span className="deck-t-body block font-bold">{name}</span>
      <span className="block font-normal" data-outcome={side?.outcome ?? 'working'}>
        {mark} {side ? side.status : 'running…'}
      </span>
    </th>
  );
}

function Report({ side, onSide }: { side: Side; onSide: (side: Side, state: SideState) => void }) {
  const context = IrsaActor.useSelector((s) => s.context);
  const outcome = IrsaActor.useSelector(selectOutcome);
  const status = IrsaActor.useSelector(selectStatusText);
  useEffect(
    () => onSide(side, { context, outcome, status }),
    [side, context, outcome, status, onSide],
  );
  return null;
}
