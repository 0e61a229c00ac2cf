import { LazyMotion } from 'motion/react';
import { useState } from 'react';
import { ActorDiagram } from '../features/diagram/actor-diagram';
import { ArtifactList } from '../features/inspector/artifact-list';
import { CheckList } from '../features/inspector/check-list';
import { IrsaActor } from '../features/irsa-actor';
import { Narration } from '../features/walkthrough/narration';
import { StatusLine } from '../features/walkthrough/status-line';
import { StepControls } from '../features/walkthrough/step-controls';
import { parseFragment } from '../lib/url-state';
import { DETERMINISTIC_SETTINGS, freshSettings } from '../machine';
import { useFragmentSync } from './use-fragment-sync';

const loadMotionFeatures = () => import('./motion-features').then((m) => m.default);

/** Composition root: reads the fragment once, starts the machine, lays out the page. */
export function App() {
  const [initial] = useState(() => parseFragment(window.location.hash));
  const input = {
    settings: initial.demo ? DETERMINISTIC_SETTINGS : freshSettings(),
    target: initial.step,
  };
  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <IrsaActor.Provider options={{ input }}>
        <Page demo={initial.demo} />
      </IrsaActor.Provider>
    </LazyMotion>
  );
}

function Page({ demo }: { demo: boolean }) {
  useFragmentSync(demo);
  return (
    <div className="mx-auto max-w-6xl space-y-4 p-4">
      <header>
        <h1 className="text-2xl font-bold">IRSA Visualizer</h1>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          How a pod on Amazon EKS gets AWS credentials through IAM Roles for Service Accounts,
          computed for real in your browser:{' '}
          {demo
            ? 'with the published demo key, a fixed clock and fixed ids.'
            : 'with a key pair generated on this page.'}{' '}
          Nothing leaves the page.
        </p>
      </header>
      <main className="space-y-4">
        <StatusLine />
        <StepControls />
        <ActorDiagram />
        <Narration />
        <CheckList />
        <ArtifactList />
      </main>
    </div>
  );
}
