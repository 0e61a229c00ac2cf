import { useReducedMotion } from 'motion/react';
import * as m from 'motion/react-m';
import type { DiagramMessage } from '../../machine';
import type { Arrow } from './layout';

const STROKE = {
  pending: 'stroke-slate-300 dark:stroke-slate-700',
  passed: 'stroke-slate-500 dark:stroke-slate-400',
  skipped: 'stroke-slate-400 dark:stroke-slate-600',
  running: 'stroke-sky-700 dark:stroke-sky-400',
  current: 'stroke-sky-700 dark:stroke-sky-400',
  failed: 'stroke-red-700 dark:stroke-red-400',
};
const TEXT = {
  pending: 'fill-slate-700 dark:fill-slate-300',
  passed: 'fill-slate-700 dark:fill-slate-300',
  skipped: 'fill-slate-700 dark:fill-slate-300',
  running: 'fill-sky-900 dark:fill-sky-200',
  current: 'fill-sky-900 dark:fill-sky-200',
  failed: 'fill-red-800 dark:fill-red-200',
};

interface MessageArrowProps {
  message: DiagramMessage;
  arrow: Arrow;
  labelSize: number;
  showLabel: boolean;
  /** Seconds the travelling dot takes at this speed. */
  duration: number;
}

/** One step's message: an arrow with its label; the current one carries a moving dot. */
export function MessageArrow({
  message,
  arrow,
  labelSize,
  showLabel,
  duration,
}: MessageArrowProps) {
  const reduce = useReducedMotion();
  const { status } = message;
  if (status === 'pending') return null;
  const strong = status === 'current' || status === 'running' || status === 'failed';
  const what = status === 'skipped' ? 'skipped' : message.arrowLabel;
  const label = showLabel ? `${message.step}  ${what}` : String(message.step);
  return (
    <g data-step={message.step} data-status={status}>
      <line
        x1={arrow.x1}
        y1={arrow.y1}
        x2={arrow.x2}
        y2={arrow.y2}
        strokeWidth={strong ? 4 : 2}
        strokeDasharray={status === 'skipped' ? '6 6' : undefined}
        markerEnd={`url(#arrowhead-${strong ? status : 'quiet'})`}
        className={STROKE[status]}
      />
      <text
        x={arrow.labelX}
        y={arrow.labelY}
        textAnchor={arrow.anchor}
        fontSize={labelSize}
        fontWeight={strong ? 700 : 500}
        className={`${TEXT[status]} stroke-white dark:stroke-slate-950`}
        strokeWidth={5}
        paintOrder="stroke"
      >
        {label}
      </text>
      {status === 'failed' && showLabel && (
        <text
          x={arrow.errorX}
          y={arrow.errorY}
          textAnchor={arrow.anchor}
          fontSize={labelSize}
          fontWeight={700}
          strokeWidth={5}
          paintOrder="stroke"
          className="fill-red-800 stroke-white dark:fill-red-200 dark:stroke-slate-950"
        >
          ✕ {message.errorCode}
        </text>
      )}
      {status === 'current' && (
        <m.circle
          key={`dot-${message.step}`}
          r={8}
          className="fill-sky-700 dark:fill-sky-300"
          initial={reduce ? { cx: arrow.x2, cy: arrow.y2 } : { cx: arrow.x1, cy: arrow.y1 }}
          animate={{ cx: arrow.x2, cy: arrow.y2 }}
          transition={{ duration: reduce ? 0 : duration, ease: 'easeInOut' }}
        />
      )}
    </g>
  );
}
