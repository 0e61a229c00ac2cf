import type { ActorId } from '../../machine';
import { ActorIcon } from './icons';
import type { Box } from './layout';

interface ActorNodeProps {
  actor: ActorId;
  box: Box;
  name: string;
  detail: string;
  state: 'idle' | 'active' | 'failed';
  compact: boolean;
}

const FRAME = {
  idle: 'fill-white stroke-slate-400 dark:fill-slate-900 dark:stroke-slate-500',
  active: 'fill-sky-50 stroke-sky-700 dark:fill-sky-950 dark:stroke-sky-400',
  failed: 'fill-red-50 stroke-red-700 dark:fill-red-950 dark:stroke-red-400',
};

/** One actor: a rounded box with its icon, name and a detail line. */
export function ActorNode({ actor, box, name, detail, state, compact }: ActorNodeProps) {
  const icon = compact ? 26 : 36;
  const nameSize = compact ? 19 : 28;
  return (
    <g data-actor={actor} data-active={state !== 'idle' || undefined}>
      <rect
        x={box.x}
        y={box.y}
        width={box.w}
        height={box.h}
        rx={12}
        strokeWidth={state === 'idle' ? 1.5 : 3}
        className={FRAME[state]}
      />
      <g
        className={
          state === 'failed'
            ? 'text-red-800 dark:text-red-300'
            : state === 'active'
              ? 'text-sky-800 dark:text-sky-300'
              : 'text-slate-700 dark:text-slate-300'
        }
      >
        <ActorIcon actor={actor} x={box.x + 12} y={box.y + 12} size={icon} />
      </g>
      <text
        x={box.x + icon + 22}
        y={box.y + 14 + nameSize * 0.8}
        fontSize={nameSize}
        fontWeight={700}
        className="fill-slate-900 dark:fill-slate-100"
      >
        {name}
      </text>
      <text
        x={box.x + 12}
        y={box.y + box.h - 14}
        fontSize={compact ? 13 : 18}
        className="fill-slate-700 dark:fill-slate-300"
      >
        {detail}
      </text>
    </g>
  );
}
