import { useId, type KeyboardEvent } from 'react';
import { describeMoment, type TimeStatement } from '../../../machine/time-moment';
import type { TimeView } from '../../../machine/time-view';
import { VERDICT_STYLE } from './verdict-style';

const SUBJECTS: Record<TimeStatement['subject'], string> = {
  'token-file': 'Token file',
  sts: 'Token check',
  session: 'Session credentials',
  call: 'Step 6 call',
};

const MINUTE = 60;
const HOUR = 3600;

/**
 * The "now" the tab looks at: a range over the run's time line and what holds at that moment.
 * Arrows move a minute (an hour with Shift), Page Up / Page Down jump to the next or previous
 * event, Home / End to the ends. Only this tab's state moves; the run is never touched.
 */
export function MomentScrubber({
  view,
  at,
  onMove,
}: {
  view: TimeView;
  at: number;
  onMove: (at: number) => void;
}) {
  const id = useId();
  const hintId = useId();
  const { start, end } = view.range;
  const moment = describeMoment(view, at);
  const clamp = (t: number) => Math.min(end, Math.max(start, t));
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const times = [...new Set(view.moments.map((m) => m.at))];
    const moves: Record<string, () => number | undefined> = {
      ArrowRight: () => at + (e.shiftKey ? HOUR : MINUTE),
      ArrowUp: () => at + (e.shiftKey ? HOUR : MINUTE),
      ArrowLeft: () => at - (e.shiftKey ? HOUR : MINUTE),
      ArrowDown: () => at - (e.shiftKey ? HOUR : MINUTE),
      PageUp: () => times.find((t) => t > at) ?? end,
      PageDown: () => [...times].reverse().find((t) => t < at) ?? start,
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    onMove(clamp(move() ?? at));
  };
  return (
    <section aria-label="A moment of this run" className="space-y-2">
      <div>
        <label htmlFor={id} className="block text-sm font-semibold">
          Moment to look at
        </label>
        <input
          id={id}
          type="range"
          min={0}
          max={end - start}
          step={1}
          value={at - start}
          onChange={(e) => onMove(start + Number(e.currentTarget.value))}
          onKeyDown={onKeyDown}
          aria-valuetext={`${moment.utc}, ${moment.relative}`}
          aria-describedby={hintId}
          className="mt-1 block h-8 w-full cursor-pointer accent-sky-700 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:accent-sky-400"
        />
        <p className="font-mono text-[13px] font-semibold" aria-hidden="true">
          {moment.utc} <span className="font-sans text-sm font-normal">({moment.relative})</span>
        </p>
        <p id={hintId} className="text-sm text-slate-700 dark:text-slate-300">
          ← → move a minute (with Shift an hour), Page Up / Page Down jump to the next or previous
          event. This changes only what this tab shows: the run stays as it is.
        </p>
      </div>
      <ul aria-live="polite" aria-label="What holds at this moment" className="space-y-1.5">
        {moment.statements.map((s) => {
          const style = VERDICT_STYLE[s.verdict];
          return (
            <li
              key={s.subject}
              data-subject={s.subject}
              data-verdict={s.verdict}
              className={`rounded-md border-l-4 py-1 pl-2 text-sm ${style.box}`}
            >
              <span className={`font-bold ${style.word}`}>
                <span aria-hidden="true">{style.mark} </span>
                {SUBJECTS[s.subject]}:
              </span>{' '}
              {s.text}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
