import { memo, useEffect, useId, useState, type ComponentType } from 'react';
import {
  ACTORS,
  catalogueOf,
  selectFlow,
  selectPosition,
  settingsFor,
  type irsaMachine,
  type IrsaSnapshot,
} from '../../machine';
import { IrsaActor } from '../irsa-actor';

export type FlowSide = 'irsa' | 'pod-identity';
export type WalkActorRef = ReturnType<typeof IrsaActor.useActorRef>;
/** A side as the page sees it: its actor (to send to) and its latest snapshot (to read). */
export interface SideState {
  actor: WalkActorRef;
  snapshot: IrsaSnapshot;
}

/**
 * The walkthrough's own views, handed in by the app (a feature may not import another feature's
 * folder). Each reads the actor of the provider around it, so it shows its own side.
 */
export interface WalkViews {
  Status: ComponentType;
  Timeline: ComponentType;
  Diagram: ComponentType;
}

export interface SideProps {
  flowId: FlowSide;
  /** The room seed, or null for fresh keys. */
  seed: string | null;
  views: WalkViews;
  onSide: (side: FlowSide, state: SideState | undefined) => void;
}

/**
 * One walk of its own: its machine, started on the flow's default scenario (the same bytes for
 * everyone with a room seed), with the status line, step timeline and diagram. Memoised: the page re-renders on every
 * snapshot of either side, and a side has nothing to redraw for the other's.
 */
export const CompareSide = memo(function CompareSide({
  flowId,
  seed,
  views,
  onSide,
  logic,
}: SideProps & { logic: typeof irsaMachine }) {
  const [input] = useState(() => ({
    scenario: catalogueOf(flowId).choice(null, false).scenario,
    settings: settingsFor(seed),
    target: 0,
  }));
  return (
    <IrsaActor.Provider logic={logic} options={{ input }}>
      <ReportSide flowId={flowId} onSide={onSide} />
      <SideViews flowId={flowId} views={views} />
    </IrsaActor.Provider>
  );
});

/**
 * Hands this provider's actor and each of its snapshots to the page, which sends the shared
 * controls' events to both and reads both runs for the tables.
 */
function ReportSide({ flowId, onSide }: Pick<SideProps, 'flowId' | 'onSide'>) {
  const actor = IrsaActor.useActorRef();
  const snapshot = IrsaActor.useSelector((s) => s);
  useEffect(() => onSide(flowId, { actor, snapshot }), [actor, snapshot, flowId, onSide]);
  useEffect(() => () => onSide(flowId, undefined), [flowId, onSide]);
  return null;
}

function SideViews({
  flowId,
  views: { Status, Timeline, Diagram },
}: Omit<SideProps, 'seed' | 'onSide'>) {
  const headingId = useId();
  const flow = IrsaActor.useSelector(selectFlow);
  const position = IrsaActor.useSelector(selectPosition);
  return (
    <section aria-labelledby={headingId} data-flow={flowId} className="flex min-w-0 flex-col gap-2">
      <h2 id={headingId} className="text-lg font-bold">
        {flow.title}
      </h2>
      <Status />
      <Timeline />
      {/* A fixed box, as on the explore page: the diagram never moves between steps. */}
      <div className="h-[34rem] shrink-0 sm:h-[26rem] lg:h-[calc(100dvh-20rem)] lg:min-h-72">
        {position > 0 ? (
          <Diagram />
        ) : (
          // At Setup the diagram has no message yet (and its cold open tells IRSA's story only):
          // say what this flow's Setup prepared, and who takes part.
          <div className="min-h-full rounded-md border border-slate-300 p-3 text-sm leading-relaxed dark:border-slate-700">
            <p className="font-semibold">Setup</p>
            <p className="mt-1">{flow.setup.simple}</p>
            <p className="mt-2">{flow.setup.realMechanics}</p>
            <p className="mt-2">
              <span className="font-semibold">Taking part: </span>
              {flow.actors.map((a) => ACTORS[a].name).join(', ')}
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
