import { useEffect, useState, type ReactNode } from 'react';
import { catalogueOf, irsaMachine, selectPosition, settingsFor } from '../../machine';
import type { IrsaSnapshot } from '../../machine';
import { IrsaActor } from '../irsa-actor';

/** Where a run stands for the handout: still computing, or settled (at its step, or failed). */
function settled(s: IrsaSnapshot): boolean {
  return s.hasTag('failed') || (s.hasTag('ready') && selectPosition(s) === s.context.target);
}

export const useSettled = () => IrsaActor.useSelector(settled);

/**
 * One real IRSA run for the handout: a catalogue entry (null = the default, the one that works),
 * with its fix or not, walked to `target` with the page's seed. It says when it has settled, so
 * the page shows "Preparing…" until every run has.
 */
export function HandoutRun({
  id,
  scenario,
  fix,
  target,
  seed,
  onSettled,
  children,
}: {
  id: string;
  scenario: string | null;
  fix: boolean;
  target: number;
  seed: string | null;
  onSettled: (id: string, settled: boolean) => void;
  children: ReactNode;
}) {
  const [input] = useState(() => ({
    scenario: catalogueOf('irsa').choice(scenario, fix).scenario,
    settings: settingsFor(seed),
    target,
  }));
  return (
    <IrsaActor.Provider logic={irsaMachine} options={{ input }}>
      <ReportSettled id={id} onSettled={onSettled} />
      {children}
    </IrsaActor.Provider>
  );
}

function ReportSettled({
  id,
  onSettled,
}: {
  id: string;
  onSettled: (id: string, settled: boolean) => void;
}) {
  const done = useSettled();
  useEffect(() => onSettled(id, done), [id, done, onSettled]);
  return null;
}
