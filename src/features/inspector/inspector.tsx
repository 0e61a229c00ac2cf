import { useState } from 'react';
import { Tabs, type Tab } from '../../components/tabs';
import { ArtifactsPanel } from './artifacts-panel';
import { HttpPanel } from './http-panel';
import { PolicyPanel } from './policy-panel';
import { TokenPanel } from './token-panel';
import { WhatHappensPanel } from './what-happens-panel';

const TABS: Tab[] = [
  { id: 'what', label: 'What happens' },
  { id: 'token', label: 'Token' },
  { id: 'http', label: 'HTTP' },
  { id: 'policy', label: 'Policy' },
  { id: 'all', label: 'All artifacts' },
];

const PANELS = {
  what: WhatHappensPanel,
  token: TokenPanel,
  http: HttpPanel,
  policy: PolicyPanel,
  all: ArtifactsPanel,
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
      <Panel />
    </Tabs>
  );
}
