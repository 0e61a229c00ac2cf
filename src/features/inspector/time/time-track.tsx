import { Fragment, useId } from 'react';
import type { MomentId, TimeMoment } from '../../../machine/time-view';

/** A stretch of the track, coloured, with the words the legend gives it. */
export interface Segment {
  from: number;
  to: number;
  label: string;
  colour: string;
}

/** Where `t` sits on a track from `lo` to `hi`, in percent, kept on the track. */
const percent = (t: number, lo: number, hi: number) =>
  Math.min(100, Math.max(0, ((t - lo) / (hi - lo || 1)) * 100));

/**
 * One time line (the token's, or the session's) at its own scale: a proportional bar with the
 * "now" marker, then its events as a list, the moment looked at placed among them. The bar is a
 * picture of the list (hidden from screen readers); each event moves the moment to it.
 */
export function TimeTrack({
  title,
  span,
  moments,
  segments,
  at,
  onMove,
  flags = {},
  pins = {},
}: {
  title: string;
  /** The track's span in words, e.g. "24 hours". */
  span: string;
  moments: TimeMoment[];
  segments: Segment[];
  at: number;
  onMove: (at: number) => void;
  /** Words that mark a moment out, e.g. the call made after Expiration. */
  flags?: Partial<Record<MomentId, string>>;
  /** Moments named above the bar (the run, the call): the ones a reader looks for first. */
  pins?: Partial<Record<MomentId, string>>;
}) {
  const headingId = useId();
  const first = moments[0]?.at ?? at;
  const last = moments.at(-1)?.at ?? at;
  // A little room either side, so the first and last ticks are not on the bar's edge.
  const pad = Math.max(60, (last - first) * 0.03);
  const [lo, hi] = [first - pad, last + pad];
  const nowIndex = moments.findIndex((m) => m.at > at);
  const pinned = moments.filter((m) => pins[m.id]);
  const outside = at < lo ? 'before' : at > hi ? 'after' : null;
  return (
    <section aria-labelledby={headingId} data-track={title}>
      <h3 id={headingId} className="text-sm font-bold">
        {title} <span className="font-normal text-slate-700 dark:text-slate-300">({span})</span>
      </h3>
      <div aria-hidden="true" className="mt-1">
        {/* The marker stands out of the bar, so it sits beside it rather than inside its clip. */}
        {pinned.length > 0 && (
          <div className="relative h-5 text-sm font-semibold">
            {pinned.map((m) => {
              const x = percent(m.at, lo, hi);
              // Near an end the label leans inwards, so it never leaves the column.
              const lean = x < 15 ? '' : x > 85 ? '-translate-x-full' : '-translate-x-1/2';
              return (
                <span
                  key={m.id}
                  className={`absolute top-0 whitespace-nowrap ${lean}`}
                  style={{ left: `${x}%` }}
                >
                  {pins[m.id]} ▾
                </span>
              );
            })}
          </div>
        )}
        <div className="relative py-1.5">
          <div className="relative h-6 overflow-hidden rounded border border-slate-500 bg-slate-100 dark:border-slate-400 dark:bg-slate-900">
            {segments.map((s) => (
              <div
                key={s.label}
                className={`absolute inset-y-0 ${s.colour}`}
                style={{
                  left: `${percent(s.from, lo, hi)}%`,
                  // A five-minute window on a day's track is thinner than a pixel: keep it seen.
                  width: `max(4px, ${percent(s.to, lo, hi) - percent(s.from, lo, hi)}%)`,
                }}
              />
            ))}
            {moments.map((m) => (
              <div
                key={m.id}
                className={`absolute inset-y-0 ${pins[m.id] ? 'w-1 -translate-x-1/2 bg-slate-950 dark:bg-white' : 'w-px bg-slate-900/60 dark:bg-white/60'}`}
                style={{ left: `${percent(m.at, lo, hi)}%` }}
              />
            ))}
          </div>
          <div
            data-now-marker
            className={`absolute inset-y-0 w-1.5 -translate-x-1/2 rounded-sm bg-sky-800 ring-2 ring-white transition-[left] duration-150 motion-reduce:transition-none dark:bg-sky-200 dark:ring-slate-950 ${outside ? 'opacity-50' : ''}`}
            style={{ left: `${percent(at, lo, hi)}%` }}
          />
        </div>
        <p className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-sm">
          {segments.map((s) => (
            <span key={s.label} className="inline-flex items-center gap-1">
              <span className={`inline-block h-3 w-3 rounded-sm ${s.colour}`} />
              {s.label}
            </span>
          ))}
          <span className="inline-flex items-center gap-1">
            <span className="inline-block h-3.5 w-1.5 rounded-sm bg-sky-800 dark:bg-sky-200" />
            the moment looked at{outside && ` (${outside} this track)`}
          </span>
        </p>
      </div>
      <ol className="mt-2 space-y-1 text-sm">
        {moments.map((m, i) => (
          <Fragment key={m.id}>
            {i === nowIndex && <NowRow />}
            <li
              data-moment={m.id}
              className={at >= m.at ? '' : 'text-slate-700 dark:text-slate-300'}
            >
              <button
                type="button"
                onClick={() => onMove(m.at)}
                className="rounded text-left underline decoration-slate-400 underline-offset-2 hover:decoration-sky-700 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
              >
                <span className="font-mono text-[13px] whitespace-nowrap">{m.utc}</span>{' '}
                <span className="font-semibold">{m.label}</span>
              </button>{' '}
              {flags[m.id] && (
                <span className="font-bold whitespace-nowrap text-red-800 dark:text-red-300">
                  <span aria-hidden="true">✕ </span>
                  {flags[m.id]}
                </span>
              )}{' '}
              <span className="text-slate-700 dark:text-slate-300">
                ({m.relative}; {m.derivation})
              </span>
            </li>
          </Fragment>
        ))}
        {nowIndex === -1 && <NowRow />}
      </ol>
    </section>
  );
}

/** Where the moment looked at falls among the events. */
function NowRow() {
  return (
    <li data-now className="font-semibold text-sky-800 dark:text-sky-300">
      <span aria-hidden="true">▶ </span>the moment looked at
    </li>
  );
}
