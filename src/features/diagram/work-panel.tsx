import { useReducedMotionConfig } from 'motion/react';
import * as m from 'motion/react-m';
import type { ActorWork, WorkState } from '../../machine';
import type { DiagramLayout, WorkGeometry } from './layout';

const MARK: Record<WorkState, string> = {
  passed: '✓',
  failed: '✕',
  'not-run': '○',
  warning: '⚠',
};
const ITEM: Record<WorkState, { box: string; text: string }> = {
  passed: {
    box: 'fill-green-50 stroke-green-700 dark:fill-green-950 dark:stroke-green-400',
    text: 'fill-green-900 dark:fill-green-100',
  },
  failed: {
    box: 'fill-red-700 stroke-red-800 dark:fill-red-300 dark:stroke-red-200',
    text: 'fill-white dark:fill-slate-950',
  },
  'not-run': {
    box: 'fill-white stroke-slate-400 dark:fill-slate-900 dark:stroke-slate-500',
    text: 'fill-slate-700 dark:fill-slate-300',
  },
  warning: {
    box: 'fill-amber-100 stroke-amber-700 dark:fill-amber-950 dark:stroke-amber-400',
    text: 'fill-amber-950 dark:fill-amber-100',
  },
};

export const workItemText = (state: WorkState, label: string) => `${MARK[state]} ${label}`;

/** "✕ InvalidIdentityToken at aud": AWS's code and the check that failed. */
export const failureText = (work: ActorWork) =>
  work.failure ? `✕ ${work.failure.awsCode} at ${work.failure.check}` : null;

interface WorkPanelProps {
  work: ActorWork;
  geometry: WorkGeometry;
  layout: DiagramLayout;
  /** Seconds before the first check ticks (the chip's travel), and between two checks. */
  delay: number;
  pace: number;
}

/**
 * The actor doing the step shows its checks, ticking through in order once the message has
 * arrived: passed, failed (with AWS's code), not run, or a warning. With reduced motion they
 * show at once.
 */
export function WorkPanel({ work, geometry: g, layout, delay, pace }: WorkPanelProps) {
  // Reduced motion shows the same at rest: every check already ticked.
  const still = useReducedMotionConfig() === true;
  // The n-th thing to appear: after the message has arrived, one tick after the one before.
  const appear = (n: number) => ({
    initial: still ? false : { opacity: 0 },
    animate: { opacity: 1 },
    transition: { delay: delay + n * pace, duration: pace },
  });
  const size = layout.font.workItem;
  const h = size * 1.55;
  const failed = work.failure !== null;
  return (
    <g data-work={work.actor} data-step={work.step}>
      <rect
        x={g.box.x}
        y={g.box.y}
        width={g.box.w}
        height={g.box.h}
        rx={10}
        strokeWidth={2}
        className={
          failed
            ? 'fill-red-50 stroke-red-700 dark:fill-red-950 dark:stroke-red-400'
            : 'fill-slate-50 stroke-slate-400 dark:fill-slate-900 dark:stroke-slate-500'
        }
      />
      <text
        data-label="work-title"
        x={g.title.x}
        y={g.title.y}
        fontSize={layout.font.workTitle}
        fontWeight={700}
        className="fill-slate-900 dark:fill-slate-100"
      >
        {work.title}
      </text>
      {work.items.map((item, i) => {
        const at = g.items[i]!;
        return (
          <m.g key={`${work.step}-${item.id}`} data-check-state={item.state} {...appear(i)}>
            <rect
              x={at.x}
              y={at.y}
              width={at.w}
              height={h}
              rx={h / 2}
              strokeWidth={1.5}
              className={ITEM[item.state].box}
            />
            <text
              data-label="check"
              x={at.x + at.w / 2}
              y={at.y + h / 2 + size * 0.35}
              textAnchor="middle"
              fontSize={size}
              fontWeight={item.state === 'failed' ? 700 : 500}
              className={ITEM[item.state].text}
            >
              {workItemText(item.state, item.label)}
            </text>
          </m.g>
        );
      })}
      {g.failure && (
        <m.text
          data-label="failure"
          x={g.failure.x}
          y={g.failure.y}
          fontSize={layout.font.workTitle}
          fontWeight={700}
          className="fill-red-800 dark:fill-red-200"
          {...appear(work.items.length)}
        >
          {failureText(work)}
        </m.text>
      )}
    </g>
  );
}
