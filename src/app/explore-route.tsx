/**
 * The Explore page with its machine: loaded as its own chunk, so the first load carries React,
 * the header and the router only. The prerendered HTML (scripts/prerender.mjs) shows the page
 * until this chunk arrives and hydrates it in place.
 */
import { lazy, useState } from 'react';
import { IrsaActor } from '../features/irsa-actor';
import { currentHash, parseFragment, type FlowId } from '../lib/url-state';
import { catalogueOf, irsaMachine, settingsFor } from '../machine';
import { ExplorePage } from './explore-page';

/** Pod Identity's walk arrives in its own chunk (its catalogue registers itself with it). */
const PodIdentityExplore = lazy(() =>
  import('../machine/pod-identity').then((m) => ({
    default: () => <Explore logic={m.podIdentityMachine} />,
  })),
);

export default function ExploreRoute({ flow }: { flow: FlowId }) {
  return flow === 'pod-identity' ? <PodIdentityExplore /> : <Explore logic={irsaMachine} />;
}

/** Reads the fragment once to start the machine (scenario, its fix, step, room seed). */
function Explore({ logic }: { logic: typeof irsaMachine }) {
  const [initial] = useState(() => {
    const fragment = parseFragment(currentHash());
    // A shared link to a fixed scenario opens fixed: the fix is applied before the first run.
    const { entry, scenario } = catalogueOf(fragment.flow).choice(fragment.scenario, fragment.fix);
    return {
      flow: fragment.flow,
      seed: fragment.seed,
      scenarioId: entry.id,
      input: {
        scenario,
        settings: settingsFor(fragment.seed),
        target: fragment.step,
      },
    };
  });
  return (
    <IrsaActor.Provider logic={logic} options={{ input: initial.input }}>
      <ExplorePage seed={initial.seed} initialScenario={initial.scenarioId} />
    </IrsaActor.Provider>
  );
}
