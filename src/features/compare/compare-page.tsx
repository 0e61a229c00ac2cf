import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { irsaMachine, type IrsaEvent } from '../../machine';
import {
  selectArtifacts,
  selectDifferences,
  selectLockstep,
  selectStepPairs,
} from '../../machine/compare-view';
import {
  CompareSide,
  type FlowSide,
  type SideProps,
  type SideState,
  type WalkViews,
} from './compare-side';
import { DifferencesTable, StepPairsTable } from './differences-table';
import { RunArtifacts } from './run-artifacts';
import { SharedControls } from './shared-controls';

/** Pod Identity's walk arrives in its own chunk, as on the explore page (never in the first load). */
const PodIdentitySide = lazy(() =>
  import('../../machine/pod-identity').then((m) => ({
    default: (props: SideProps) => <CompareSide {...props} logic={m.podIdentityMachine} />,
  })),
);

/**
 * `#/compare`: IRSA on the left, EKS Pod Identity on the right (stacked on a phone), each its own
 * machine; shared controls walk both, and the tables below are read from the two runs.
 */
export default function ComparePage({ seed, views }: { seed: string | null; views: WalkViews }) {
  const [sides, setSides] = useState<Partial<Record<FlowSide, SideState>>>({});
  const onSide = useCallback(
    (side: FlowSide, state: SideState | undefined) =>
      setSides((all) => ({ ...all, [side]: state })),
    [],
  );
  const irsa = sides.irsa?.snapshot;
  const podIdentity = sides['pod-identity']?.snapshot;
  const lockstep = selectLockstep([irsa, podIdentity]);
  const irsaContext = irsa?.context;
  const piContext = podIdentity?.context;
  const pairs = useMemo(
    () => (irsaContext && piContext ? selectStepPairs(irsaContext.flow, piContext.flow) : []),
    [irsaContext, piContext],
  );
  const send = useCallback(
    (event: IrsaEvent) => Object.values(sides).forEach((side) => side?.actor.send(event)),
    [sides],
  );

  return (
    <div className="space-y-6 p-3 sm:p-4">
      <div className="space-y-2">
        <h1 className="text-xl font-bold sm:text-2xl">IRSA and EKS Pod Identity, side by side</h1>
        <p className="max-w-5xl text-sm">
          Both exchanges run for real in your browser for the same cluster, namespace,
          ServiceAccount and role name. Their six steps correspond by number; Next moves both, and a
          walk that fails stops there while the other goes on.
        </p>
        <SharedControls {...lockstep} pairs={pairs} send={send} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2 lg:gap-4">
        <CompareSide flowId="irsa" seed={seed} views={views} onSide={onSide} logic={irsaMachine} />
        <Suspense fallback={<p className="p-4">Loading EKS Pod Identity…</p>}>
          <PodIdentitySide flowId="pod-identity" seed={seed} views={views} onSide={onSide} />
        </Suspense>
      </div>
      {irsaContext && piContext && (
        <>
          <section aria-labelledby="compare-differences" className="max-w-6xl space-y-2">
            <h2 id="compare-differences" className="text-lg font-bold">
              What differs
            </h2>
            <DifferencesTable rows={selectDifferences(irsaContext, piContext)} />
          </section>
          <section aria-labelledby="compare-artifacts" className="max-w-6xl space-y-2">
            <h2 id="compare-artifacts" className="text-lg font-bold">
              For the same names, the two runs produce their artifacts side by side
            </h2>
            <RunArtifacts pairs={selectArtifacts(irsaContext, piContext)} />
          </section>
          <section aria-labelledby="compare-steps" className="max-w-6xl space-y-2">
            <h2 id="compare-steps" className="text-lg font-bold">
              How the steps correspond
            </h2>
            <StepPairsTable pairs={pairs} />
          </section>
        </>
      )}
    </div>
  );
}
