import { useId } from 'react';
import {
  ACTORS,
  selectActorWork,
  selectLanes,
  selectMessages,
  selectOutcome,
  selectPosition,
  selectSpeed,
  selectStatusText,
  type ActorId,
  type DiagramMessage,
} from '../../machine';
import { useMediaQueryOrUnknown } from '../../lib/use-media-query';
import { IrsaActor } from '../irsa-actor';
import { ActorNode, type ActorState } from './actor-node';
import { ColdOpen } from './cold-open';
import {
  actorBox,
  laneX,
  lifelineEnd,
  messageGeometry,
  NARROW,
  STAGE,
  WIDE,
  workGeometry,
  type DiagramLayout,
} from './layout';
import { ArrowHeads, chipText, MessageArrow } from './message-arrow';
import { useTextMeasure } from './use-text-measure';
import { failureText, workItemText, WorkPanel } from './work-panel';

/** Seconds a message travels at 1×; the checks then tick at this pace. */
const TRAVEL_SECONDS = 1.2;
const TICK_SECONDS = 0.15;

function caption(current: DiagramMessage | undefined): string {
  if (!current) return 'Setup: keys, webhook and token are prepared.';
  const route = `${ACTORS[current.from].name} → ${ACTORS[current.to].name}`;
  if (current.status === 'failed')
    return `${route}: ${current.carries}. ✕ Rejected: ${current.errorCode ?? 'error'}`;
  if (current.status === 'skipped') return `${route}: skipped in this run`;
  return `${route}: ${current.carries}`;
}

/** The phone layout below this width; the same query in CSS picks it before hydration. */
const NARROW_QUERY = '(max-width: 640px)';

/**
 * The exchange as a sequence diagram: the five actors (six with IMDS), one row per step so far,
 * the current message travelling as a chip, and the checks of the actor doing the step. `stage`
 * is the presenter's deck: the large-type layout, no cold open, the caption for screen readers
 * only (the slide says it in words).
 */
export function ActorDiagram({ stage = false }: { stage?: boolean }) {
  // Unknown in the prerendered page: both layouts are drawn and CSS shows the one that fits,
  // so a phone paints its own layout first and hydration only drops the other drawing.
  const narrow = useMediaQueryOrUnknown(NARROW_QUERY);
  const wide = stage ? STAGE : WIDE;
  const messages = IrsaActor.useSelector(selectMessages);
  const outcome = IrsaActor.useSelector(selectOutcome);
  const position = IrsaActor.useSelector(selectPosition);
  const work = IrsaActor.useSelector(selectActorWork);
  const current = position > 0 ? messages[position - 1] : undefined;

  return (
    <figure className="relative flex h-full min-h-0 flex-col gap-1">
      {/* Each wrapper stays in place (display: contents) so hydration keeps the drawing shown. */}
      <div className={narrow === null ? 'contents [@media(max-width:640px)]:hidden' : 'contents'}>
        {narrow !== true && <DiagramDrawing layout={wide} />}
      </div>
      <div className={narrow === null ? 'hidden [@media(max-width:640px)]:contents' : 'contents'}>
        {narrow !== false && <DiagramDrawing layout={NARROW} />}
      </div>
      {/* On wide screens the status line above says this already; the diagram gets the room. */}
      <figcaption
        className={`min-h-6 text-center text-sm font-semibold ${stage ? 'sr-only' : 'lg:sr-only'} ${current?.status === 'failed' ? 'text-red-800 dark:text-red-300' : ''}`}
      >
        {caption(current)}
      </figcaption>
      {position === 0 && outcome !== 'waiting' && !stage && <ColdOpen />}
      {/* For screen readers and tests: the checks in words (the drawing above is one image). */}
      {work && work.items.length > 0 && (
        <p className="sr-only">
          {`${work.title}: ${work.items.map((i) => workItemText(i.state, i.label)).join(', ')}. ${failureText(work) ?? ''}`}
        </p>
      )}
    </figure>
  );
}

/** One drawing of the diagram in one layout (its own ids: two may be in the page at once). */
function DiagramDrawing({ layout }: { layout: DiagramLayout }) {
  const titleId = useId();
  const heads = `head${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const measure = useTextMeasure();
  const messages = IrsaActor.useSelector(selectMessages);
  const lanes = IrsaActor.useSelector(selectLanes);
  const work = IrsaActor.useSelector(selectActorWork);
  const speed = IrsaActor.useSelector(selectSpeed);
  const status = IrsaActor.useSelector(selectStatusText);
  const position = IrsaActor.useSelector(selectPosition);
  const real = IrsaActor.useSelector((s) => s.context.realMechanics);
  const current = position > 0 ? messages[position - 1] : undefined;

  const actorState = (id: ActorId): ActorState => {
    if (!current || current.status === 'skipped') return 'idle';
    // A failure inside the pod (the SDK never got an answer) is the pod's alone.
    const worker = work?.actor ?? current.workAt;
    if (worker === 'pod' && current.status === 'failed') return id === 'pod' ? 'failed' : 'idle';
    if (id === worker) {
      if (current.status === 'failed') return 'failed';
      // The checks carry the warning (no sub condition) wherever it applies.
      if (work?.items.some((i) => i.state === 'warning')) return 'warning';
      return 'active';
    }
    return id === current.from || id === current.to ? 'active' : 'idle';
  };
  const travel = TRAVEL_SECONDS / speed;
  const shown = messages.filter((m) => m.status !== 'pending');
  const earlier = shown.filter((m) => m.step < position).map((m) => `${m.step}. ${m.carries}`);
  const workShape =
    work &&
    work.skipped === null &&
    workGeometry(
      layout,
      lanes,
      work.actor,
      work.title,
      work.items.map((i) => i.label),
      failureText(work),
      measure,
    );
  const chipSize = layout.font.chip;

  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={titleId}
      data-layout={layout.name}
      className="block min-h-0 w-full flex-1"
      preserveAspectRatio="xMidYMin meet"
    >
      <title id={titleId}>
        {`${status}. ${caption(current)}${earlier.length ? `. Earlier: ${earlier.join('; ')}` : ''}`}
      </title>
      <ArrowHeads heads={heads} />
      {real && <AwsBoundary layout={layout} lanes={lanes} />}
      {lanes.map((id) => {
        const box = actorBox(layout, lanes, id);
        const { short, detail } = ACTORS[id];
        const fits =
          layout.font.detail > 0 && measure(detail, layout.font.detail, false) <= box.w - 24;
        return (
          <ActorNode
            key={id}
            actor={id}
            box={box}
            name={short}
            detail={fits ? detail : ''}
            state={actorState(id)}
            layout={layout}
            lifelineEnd={lifelineEnd(layout)}
            working={!!workShape && work?.actor === id}
          />
        );
      })}
      {shown.map((m) => {
        const text = chipText(m);
        const width = measure(text, chipSize, true) + chipSize * 1.4;
        return (
          <MessageArrow
            key={m.step}
            message={m}
            layout={layout}
            duration={travel}
            heads={heads}
            geometry={messageGeometry(layout, lanes, m.step, m.from, m.to, m.roundTrip, width)}
          />
        );
      })}
      {work && workShape && (
        <WorkPanel
          key={`${work.step}-${real}`}
          work={work}
          geometry={workShape}
          layout={layout}
          delay={travel}
          pace={TICK_SECONDS / speed}
        />
      )}
    </svg>
  );
}

/** Real mechanics: STS and IAM are one service boundary; what passes between them is internal. */
function AwsBoundary({ layout, lanes }: { layout: DiagramLayout; lanes: ActorId[] }) {
  const left = actorBox(layout, lanes, 'sts');
  const right = actorBox(layout, lanes, 'iam');
  const pad = layout.boxGap / 2 - 1;
  const size = layout.compact ? 15 : 20;
  return (
    <g data-group="aws">
      <rect
        x={left.x - pad}
        y={2}
        width={right.x + right.w - left.x + 2 * pad}
        height={lifelineEnd(layout) - 2}
        rx={10}
        strokeWidth={2}
        strokeDasharray="8 5"
        className="fill-amber-50/40 stroke-amber-700 dark:fill-amber-950/30 dark:stroke-amber-400"
      />
      <text
        data-label="group"
        x={(laneX(layout, lanes, 'sts') + laneX(layout, lanes, 'iam')) / 2}
        y={layout.groupBand - 9}
        textAnchor="middle"
        fontSize={size}
        fontWeight={700}
        className="fill-amber-900 dark:fill-amber-200"
      >
        {layout.compact ? 'inside AWS' : 'inside AWS: one service answers'}
      </text>
    </g>
  );
}
