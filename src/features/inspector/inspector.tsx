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

/** The inspector for the current step; the chosen tab stays chosen as the step changes. */
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
