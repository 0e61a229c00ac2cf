import * as m from 'motion/react-m';
import type { DiagramMessage } from '../../machine';
import type { DiagramLayout, MessageGeometry } from './layout';

type Tone = 'quiet' | 'current' | 'failed' | 'skipped';

const LINE: Record<Tone, string> = {
  quiet: 'stroke-slate-500 dark:stroke-slate-400',
  current: 'stroke-sky-700 dark:stroke-sky-400',
  failed: 'stroke-red-700 dark:stroke-red-400',
  skipped: 'stroke-slate-400 dark:stroke-slate-500',
};
// Written out in full: Tailwind only generates classes it finds literally in the source.
const HEAD_FILL: Record<Tone, string> = {
  quiet: 'fill-slate-500 dark:fill-slate-400',
  current: 'fill-sky-700 dark:fill-sky-400',
  failed: 'fill-red-700 dark:fill-red-400',
  skipped: 'fill-slate-400 dark:fill-slate-500',
};
const CHIP: Record<Tone, { box: string; text: string }> = {
  quiet: {
    box: 'fill-white stroke-slate-400 dark:fill-slate-900 dark:stroke-slate-500',
    text: 'fill-slate-800 dark:fill-slate-200',
  },
  current: {
    box: 'fill-sky-700 stroke-sky-800 dark:fill-sky-300 dark:stroke-sky-200',
    text: 'fill-white dark:fill-slate-950',
  },
  failed: {
    box: 'fill-red-700 stroke-red-800 dark:fill-red-300 dark:stroke-red-200',
    text: 'fill-white dark:fill-slate-950',
  },
  skipped: {
    box: 'fill-slate-100 stroke-slate-400 dark:fill-slate-800 dark:stroke-slate-500',
    text: 'fill-slate-700 dark:fill-slate-300',
  },
};

export const toneOf = (status: DiagramMessage['status']): Tone =>
  status === 'failed'
    ? 'failed'
    : status === 'skipped'
      ? 'skipped'
      : status === 'current' || status === 'running'
        ? 'current'
        : 'quiet';

/** The chip's words: step number, what travels, and ✕ when the hop rejected it. */
export function chipText(message: DiagramMessage): string {
  const what = message.status === 'skipped' ? `${message.chip} (skipped)` : message.chip;
  return `${message.status === 'failed' ? '✕ ' : ''}${message.step}  ${what}`;
}

interface MessageArrowProps {
  message: DiagramMessage;
  geometry: MessageGeometry;
  layout: DiagramLayout;
  /** Seconds the chip travels at this speed. */
  duration: number;
  /** This figure's prefix for its arrowheads' ids (see `ArrowHeads`). */
  heads: string;
}

/**
 * One step's message: requests solid with a filled head, responses dashed with an open head.
 * The current message's chip travels from sender to receiver, then rests beside the receiver;
 * earlier ones rest there quietly.
 */
export function MessageArrow({ message, geometry: g, layout, duration, heads }: MessageArrowProps) {
  const tone = toneOf(message.status);
  const live = tone === 'current' || tone === 'failed';
  const response = message.kind === 'response' || message.roundTrip;
  const width = live ? 3.5 : 2;
  const h = layout.chipHeight;
  return (
    <g data-step={message.step} data-status={message.status} data-kind={message.kind}>
      {g.request && (
        <line
          data-arrow="request"
          x1={g.request.from}
          x2={g.request.to - Math.sign(g.request.to - g.request.from) * 6}
          y1={g.request.y}
          y2={g.request.y}
          strokeWidth={width * 0.75}
          strokeDasharray={tone === 'skipped' ? '2 6' : undefined}
          markerEnd={`url(#${heads}-request-${tone})`}
          className={LINE[tone]}
        />
      )}
      <line
        data-arrow={response ? 'response' : 'request'}
        x1={g.from}
        x2={g.to - Math.sign(g.to - g.from) * 6}
        y1={g.y}
        y2={g.y}
        strokeWidth={width}
        strokeDasharray={response ? '10 7' : tone === 'skipped' ? '2 6' : undefined}
        markerEnd={`url(#${heads}-${response ? 'response' : 'request'}-${tone})`}
        className={LINE[tone]}
      />
      <m.g
        key={live ? 'travelling' : 'resting'}
        data-chip={message.step}
        initial={live ? { x: g.chipStart } : false}
        animate={{ x: g.chipRest }}
        transition={{ duration: live ? duration : 0, ease: 'easeInOut' }}
      >
        <rect
          x={0}
          y={g.chipY}
          width={g.chipWidth}
          height={h}
          rx={h / 2}
          strokeWidth={1.5}
          className={CHIP[tone].box}
        />
        <text
          data-label="chip"
          x={g.chipWidth / 2}
          y={g.chipY + h / 2 + layout.font.chip * 0.35}
          textAnchor="middle"
          fontSize={layout.font.chip}
          fontWeight={live ? 700 : 600}
          fontStyle={tone === 'skipped' ? 'italic' : undefined}
          className={CHIP[tone].text}
        >
          {chipText(message)}
        </text>
      </m.g>
    </g>
  );
}

/**
 * Arrowheads for each tone: a filled triangle for requests, an open chevron for responses. Their
 * ids start with the figure's own prefix: a page may hold several diagrams (the deck keeps hidden
 * slides mounted), and a marker found by id inside a hidden one would not be drawn.
 */
export function ArrowHeads({ heads }: { heads: string }) {
  return (
    <defs>
      {(Object.keys(LINE) as Tone[]).flatMap((tone) =>
        (['request', 'response'] as const).map((kind) => (
          <marker
            key={`${kind}-${tone}`}
            id={`${heads}-${kind}-${tone}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth={kind === 'request' ? 5 : 6}
            markerHeight={kind === 'request' ? 5 : 6}
            orient="auto"
          >
            {kind === 'request' ? (
              <path d="M0 0 10 5 0 10z" className={HEAD_FILL[tone]} />
            ) : (
              <path d="M1 1 9 5 1 9" fill="none" strokeWidth={1.6} className={LINE[tone]} />
            )}
          </marker>
        )),
      )}
    </defs>
  );
}
