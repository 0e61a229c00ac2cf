import type { ActorId } from '../../machine';
import { ActorIcon } from './icons';
import type { Box, DiagramLayout } from './layout';

export type ActorState = 'idle' | 'active' | 'failed' | 'warning';

interface ActorNodeProps {
  actor: ActorId;
  box: Box;
  name: string;
  detail: string;
  state: ActorState;
  layout: DiagramLayout;
  lifelineEnd: number;
  /** This actor does the current step's checks: its lifeline leads down to them. */
  working: boolean;
}

const FRAME: Record<ActorState, string> = {
  idle: 'fill-white stroke-slate-400 dark:fill-slate-900 dark:stroke-slate-500',
  active: 'fill-sky-50 stroke-sky-700 dark:fill-sky-950 dark:stroke-sky-400',
  failed: 'fill-red-50 stroke-red-700 dark:fill-red-950 dark:stroke-red-400',
  warning: 'fill-amber-50 stroke-amber-700 dark:fill-amber-950 dark:stroke-amber-400',
};
const ICON: Record<ActorState, string> = {
  idle: 'text-slate-700 dark:text-slate-300',
  active: 'text-sky-800 dark:text-sky-300',
  failed: 'text-red-800 dark:text-red-300',
  warning: 'text-amber-800 dark:text-amber-300',
};

const LIFELINE: Record<ActorState, string> = {
  idle: 'stroke-slate-400 dark:stroke-slate-600',
  active: 'stroke-sky-700 dark:stroke-sky-400',
  failed: 'stroke-red-700 dark:stroke-red-400',
  warning: 'stroke-amber-700 dark:stroke-amber-400',
};

/** One actor: its box (icon, name, what it is) and its lifeline down to the check band. */
export function ActorNode({
  actor,
  box,
  name,
  detail,
  state,
  layout,
  lifelineEnd,
  working,
}: ActorNodeProps) {
  const { compact } = layout;
  const icon = compact ? 22 : 34;
  const size = layout.font.name;
  const cx = box.x + box.w / 2;
  // The stage layout has no detail line: icon and name sit in the middle of a lower box.
  const bare = layout.font.detail === 0;
  return (
    <g data-actor={actor} data-state={state}>
      <line
        x1={cx}
        x2={cx}
        y1={box.y + box.h}
        y2={working ? layout.workTop : lifelineEnd}
        strokeWidth={working ? 3 : 1.5}
        strokeDasharray={working ? undefined : '3 5'}
        className={working ? LIFELINE[state] : LIFELINE.idle}
      />
      <rect
        data-actor-box={actor}
        x={box.x}
        y={box.y}
        width={box.w}
        height={box.h}
        rx={compact ? 8 : 12}
        strokeWidth={state === 'idle' ? 1.5 : 3}
        className={FRAME[state]}
      />
      <g className={ICON[state]}>
        <ActorIcon
          actor={actor}
          x={compact ? cx - icon / 2 : box.x + 12}
          y={compact ? box.y + 8 : bare ? box.y + (box.h - icon) / 2 : box.y + 14}
          size={icon}
        />
      </g>
      <text
        data-label="actor-name"
        x={compact ? cx : box.x + icon + 20}
        y={
          compact
            ? box.y + box.h - 12
            : bare
              ? box.y + box.h / 2 + size * 0.35
              : box.y + 14 + size * 0.85
        }
        textAnchor={compact ? 'middle' : 'start'}
        fontSize={size}
        fontWeight={700}
        className="fill-slate-900 dark:fill-slate-100"
      >
        {name}
      </text>
      {!compact && !bare && (
        <text
          data-label="actor-detail"
          x={box.x + 12}
          y={box.y + box.h - 16}
          fontSize={layout.font.detail}
          className="fill-slate-700 dark:fill-slate-300"
        >
          {detail}
        </text>
      )}
    </g>
  );
}
