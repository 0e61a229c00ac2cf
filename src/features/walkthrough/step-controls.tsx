import { Button } from '../../components/button';
import { selectCanGoBack, selectCanGoForward } from '../../machine';
import { IrsaActor } from '../irsa-actor';

/** Previous step / Next step / Restart. Availability comes from the machine (snapshot.can). */
export function StepControls() {
  const actor = IrsaActor.useActorRef();
  const canGoBack = IrsaActor.useSelector(selectCanGoBack);
  const canGoForward = IrsaActor.useSelector(selectCanGoForward);
  return (
    <div role="group" aria-label="Step controls" className="flex flex-wrap gap-2">
      <Button unavailable={!canGoBack} onClick={() => actor.send({ type: 'step.previous' })}>
        Previous step
      </Button>
      <Button
        variant="primary"
        unavailable={!canGoForward}
        onClick={() => actor.send({ type: 'step.next' })}
      >
        Next step
      </Button>
      <Button onClick={() => actor.send({ type: 'run.restart' })}>Restart</Button>
    </div>
  );
}
