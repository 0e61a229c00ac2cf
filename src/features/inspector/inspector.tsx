import { lazy, Suspense, useState } from 'react';
import { Tabs, type Tab } from '../../components/tabs';
import { WhatHappensPanel } from './what-happens-panel';

// The tab shown first is in the first load; the others (and the artifact formatting behind
// them) arrive when a tab is first opened, which keeps the initial JavaScript within budget.
const TokenPanel = lazy(() => import('./token-panel').then((m) => ({ default: m.TokenPanel })));
const HttpPanel = lazy(() => import('./http-panel').then((m) => ({ default: m.HttpPanel })));
const PolicyPanel = lazy(() => import('./policy-panel').then((m) => ({ default: m.PolicyPanel })));
const ArtifactsPanel = lazy(() =>
  import('./artifacts-panel').then((m) => ({ default: m.ArtifactsPanel })),
);
const TimePanel = lazy(() => import('./time/time-panel').then((m) => ({ default: m.TimePanel })));

const TABS: Tab[] = [
  { id: 'what', label: 'What happens' },
  { id: 'token', label: 'Token' },
  { id: 'http', label: 'HTTP' },
  { id: 'policy', label: 'Policy' },
  { id: 'all', label: 'All artifacts' },
  { id: 'time', label: 'Time' },
];

const PANELS = {
  what: WhatHappensPanel,
  token: TokenPanel,
  http: HttpPanel,
  policy: PolicyPanel,
  all: ArtifactsPanel,
  time: TimePanel,
};

/**
 * The inspector for the current step; the chosen tab stays chosen as the step changes.
 *
 * Artifact ids: a code block carries `data-artifact=<id>` wherever it shows that artifact's
 * exact text ("All artifacts" for every artifact, "HTTP" for the wire text, "Token" for
 * `token`). Only the selected panel is mounted, so each id is in the DOM at most once.
 */
export function Inspector() {
  const [tab, setTab] = useState<keyof typeof PANELS>('what');
  const Panel = PANELS[tab];
  return (
    <Tabs
      tabs={TABS}
      selected={tab}
      onSelect={(id) => setTab(id as keyof typeof PANELS)}
      label="Inspector"
    >
      <Suspense fallback={<p className="text-sm">Loading…</p>}>
        <Panel />
      </Suspense>
    </Tabs>
  );
}
