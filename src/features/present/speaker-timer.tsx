import { useEffect, useState } from 'react';
import { Button } from '../../components/button';

/** 65 s → "01:05"; past an hour the minutes keep counting ("75:03"). */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}

/**
 * Time since the speaker view opened (or since Reset), and the wall clock. One interval only
 * re-renders: the time shown is always now minus the start, so a late or skipped tick (a
 * background tab, a busy machine) never adds up to drift.
 */
export function SpeakerTimer() {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(tick);
  }, []);
  const reset = () => {
    const t = Date.now();
    setStart(t);
    setNow(t);
  };
  const clock = new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="flex items-center gap-4">
      <p className="flex items-baseline gap-2">
        <span className="text-base text-slate-700 dark:text-slate-300">Elapsed</span>
        <span
          role="timer"
          aria-label="Elapsed time"
          className="font-mono text-3xl font-bold tabular-nums"
          data-testid="elapsed"
        >
          {formatElapsed(now - start)}
        </span>
      </p>
      <Button onClick={reset}>Reset</Button>
      <p className="flex items-baseline gap-2">
        <span className="text-base text-slate-700 dark:text-slate-300">Clock</span>
        <time
          className="font-mono text-xl whitespace-nowrap tabular-nums"
          dateTime={new Date(now).toISOString()}
        >
          {clock}
        </time>
      </p>
    </div>
  );
}
