import { Button } from '../../components/button';
import {
  PLAYBACK_SPEEDS,
  selectCanGoBack,
  selectCanGoForward,
  selectPlaying,
  selectSpeed,
  type PlaybackSpeed,
} from '../../machine';
import { IrsaActor } from '../irsa-actor';

/** Previous / Play–Pause / Next / Restart and the speed. Availability comes from the machine. */
export function StepControls() {
  const actor = IrsaActor.useActorRef();
  const canGoBack = IrsaActor.useSelector(selectCanGoBack);
  const canGoForward = IrsaActor.useSelector(selectCanGoForward);
  const playing = IrsaActor.useSelector(selectPlaying);
  const speed = IrsaActor.useSelector(selectSpeed);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div role="group" aria-label="Step controls" className="flex flex-wrap gap-2">
        <Button
          unavailable={!canGoBack}
          onClick={() => actor.send({ type: 'step.previous' })}
          className="max-sm:px-3"
        >
          <span aria-hidden="true">◀ </span>Previous<span className="max-sm:sr-only"> step</span>
        </Button>
        {/* One width for Play and Pause, so nothing shifts when it flips. */}
        <Button
          onClick={() => actor.send({ type: 'playback.toggle' })}
          aria-keyshortcuts="Space"
          className="min-w-[6.5rem] text-center max-sm:min-w-[5.5rem] max-sm:px-3"
        >
          {playing ? (
            <>
              <span aria-hidden="true">❚❚ </span>Pause
            </>
          ) : (
            <>
              <span aria-hidden="true">▶ </span>Play
            </>
          )}
        </Button>
        <Button
          variant="primary"
          unavailable={!canGoForward}
          onClick={() => actor.send({ type: 'step.next' })}
          className="max-sm:px-3"
        >
          Next<span className="max-sm:sr-only"> step</span>
          <span aria-hidden="true"> ▶</span>
        </Button>
        <Button onClick={() => actor.send({ type: 'run.restart' })} className="max-sm:px-3">
          Restart
        </Button>
      </div>
      <label className="flex items-center gap-2 text-sm font-semibold">
        Speed
        <select
          value={speed}
          onChange={(e) =>
            actor.send({ type: 'playback.speed', speed: Number(e.target.value) as PlaybackSpeed })
          }
          className="rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-500 dark:bg-slate-900"
        >
          {PLAYBACK_SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
