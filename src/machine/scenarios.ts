/**
 * Turning catalogue entries (content, with {{placeholders}}) into runnable scenarios, and
 * filling the same placeholders in the words the views show.
 */
import type { ScenarioChanges } from '../content/scenarios';
import {
  DEFAULT_SCENARIO,
  issuerHostPath,
  issuerUrl,
  nodeInstanceId,
  oidcProviderArn,
  roleAccountId,
  roleArn,
  type Scenario,
} from '../sim';

/** The values {{placeholders}} stand for, from a scenario's names. */
export function placeholderValues(s: Scenario): Record<string, string> {
  const issuer = issuerUrl(s);
  return {
    accountId: s.accountId,
    region: s.region,
    namespace: s.namespace,
    serviceAccount: s.serviceAccountName,
    roleName: s.roleName,
    podName: s.podName,
    clusterOidcId: s.clusterOidcId,
    issuerUrl: issuer,
    issuerHostPath: issuerHostPath(issuer),
    providerArn: oidcProviderArn(roleAccountId(s), issuer),
    roleArn: roleArn(s),
    instanceId: nodeInstanceId(s),
  };
}

/** Replace {{name}} with its value; unknown names stay as written. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Apply changes to a scenario: names first, then wiring with placeholders filled from the new names. */
export function applyChanges(base: Scenario, changes: ScenarioChanges): Scenario {
  const named: Scenario = { ...base, ...changes.names, wiring: base.wiring };
  const values = placeholderValues(named);
  const wiring = Object.fromEntries(
    Object.entries(changes.wiring ?? {}).map(([k, v]) => [
      k,
      typeof v === 'string' ? fillPlaceholders(v, values) : v,
    ]),
  );
  return { ...named, wiring: { ...base.wiring, ...wiring } };
}

/** The scenario a catalogue entry describes: the default world with the entry's changes. */
export function scenarioFor(changes: ScenarioChanges): Scenario {
  return applyChanges(DEFAULT_SCENARIO, changes);
}
