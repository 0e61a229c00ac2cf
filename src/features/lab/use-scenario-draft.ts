import { useEffect, useRef, useState } from 'react';
import {
  policyTextError,
  rolePolicies,
  scenarioFieldErrors,
  type Scenario,
  type ScenarioField,
} from '../../machine/lab';
import { IrsaActor } from '../irsa-actor';

export type Draft = Record<ScenarioField, string>;
export type PolicyKind = 'trust' | 'permission';

const WIRING = { trust: 'trustPolicy', permission: 'permissionPolicy' } as const;

/** What the user has typed: the fields, and each policy's text once touched (null: untouched). */
interface DraftState {
  /** The scenario in force when this draft was made or last sent. */
  base: Scenario;
  fields: Draft;
  policies: Record<PolicyKind, string | null>;
}

export interface PolicyDraft {
  text: string;
  error: string | null;
  /** The text is what Setup generates from the names. */
  generated: boolean;
}

const toDraft = (s: Scenario): Draft => ({
  accountId: s.accountId,
  region: s.region,
  clusterOidcId: s.clusterOidcId,
  namespace: s.namespace,
  serviceAccountName: s.serviceAccountName,
  podName: s.podName,
  roleName: s.roleName,
  bucketNames: s.bucketNames.join(', '),
  kubernetesVersion: s.kubernetesVersion,
  tokenExpirationSeconds: String(s.tokenExpirationSeconds),
  sessionDurationSeconds: String(s.sessionDurationSeconds),
  roleMaxSessionDurationSeconds: String(s.roleMaxSessionDurationSeconds),
});

const fresh = (s: Scenario): DraftState => ({
  base: s,
  fields: toDraft(s),
  policies: { trust: null, permission: null },
});

/** The policies Setup writes for these names when the scenario gives none. */
const generatedPolicies = (s: Scenario) =>
  rolePolicies({ ...s, wiring: { ...s.wiring, trustPolicy: null, permissionPolicy: null } });

/**
 * The scenario the draft describes. A policy text that is the generated one stays generated (so
 * it follows the names); one that differs from the policy in force is the user's own.
 */
function scenarioOf({ base, fields, policies }: DraftState): Scenario {
  const inForce = rolePolicies(base);
  const generated = generatedPolicies(base);
  const wiring = { ...base.wiring };
  for (const kind of ['trust', 'permission'] as const) {
    const text = policies[kind];
    if (text === null || text === inForce[kind]) continue;
    wiring[WIRING[kind]] = text === generated[kind] ? null : text;
  }
  return {
    ...base,
    ...fields,
    bucketNames: fields.bucketNames
      .split(',')
      .map((b) => b.trim())
      .filter((b) => b !== ''),
    tokenExpirationSeconds: Number(fields.tokenExpirationSeconds),
    sessionDurationSeconds: Number(fields.sessionDurationSeconds),
    roleMaxSessionDurationSeconds: Number(fields.roleMaxSessionDurationSeconds),
    wiring,
  };
}

const same = (a: Scenario, b: Scenario) => JSON.stringify(a) === JSON.stringify(b);

// Closing the panel must not lose what was typed (above all an invalid edit the run waits on):
// the last draft is kept here and comes back if the scenario in force is still the same.
let kept: DraftState | null = null;
const keep = (draft: DraftState) => {
  kept = draft;
};

/** A typing pause before a valid edit re-runs the flow. */
const SETTLE_MS = 400;

/**
 * The lab's draft of the scenario. While any field or policy is invalid the machine is told at
 * once (`scenario.invalid`: the run waits, nothing runs on the previous scenario); a valid change
 * goes to `onEdit` after a typing pause; a draft made valid again without a change resumes the
 * scenario in force. A scenario loaded from elsewhere (the picker, "Apply the fix") replaces the
 * draft; the run's own echo of an edit does not, so nothing typed is rewritten.
 */
export function useScenarioDraft(scenario: Scenario, onEdit: (scenario: Scenario) => void) {
  const actor = IrsaActor.useActorRef();
  const waiting = IrsaActor.useSelector((s) => s.hasTag('waiting'));
  // Compared by value: after the page is remounted ("Try again" after an error) the machine is
  // new and holds an equal scenario, not the same object, and the draft must still come back.
  const [state, setState] = useState<DraftState>(() =>
    kept && (kept.base === scenario || same(kept.base, scenario))
      ? { ...kept, base: scenario }
      : fresh(scenario),
  );
  let current = state;
  if (scenario !== state.base) {
    current = same(scenario, scenarioOf(state)) ? { ...state, base: scenario } : fresh(scenario);
    setState(current);
  }

  const next = scenarioOf(current);
  const fieldErrors = scenarioFieldErrors(next);
  const policyErrors = {
    trust: current.policies.trust === null ? null : policyTextError(current.policies.trust),
    permission:
      current.policies.permission === null ? null : policyTextError(current.policies.permission),
  };
  const invalid =
    Object.keys(fieldErrors).length > 0 ||
    policyErrors.trust !== null ||
    policyErrors.permission !== null;
  const changed = !same(next, scenario);
  const verdict = invalid ? 'invalid' : changed ? 'changed' : waiting ? 'resume' : 'same';

  const latest = useRef({ next, scenario, onEdit });
  useEffect(() => {
    latest.current = { next, scenario, onEdit };
    keep(current);
  });
  const nextKey = JSON.stringify(next);
  useEffect(() => {
    if (verdict === 'same') return;
    // Invalid: the run stops now, so no step runs on what was there before.
    if (verdict === 'invalid') {
      if (!waiting) actor.send({ type: 'scenario.invalid' });
      return;
    }
    const timer = window.setTimeout(() => {
      const { next, scenario, onEdit } = latest.current;
      // Valid again with nothing changed: the scenario in force runs again (still the catalogue's).
      if (verdict === 'resume') actor.send({ type: 'scenario.load', scenario });
      else onEdit(next);
    }, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [verdict, nextKey, waiting, actor]);

  const generated = generatedPolicies(scenario);
  const inForce = rolePolicies(scenario);
  const policy = (kind: PolicyKind): PolicyDraft => {
    const text = current.policies[kind] ?? inForce[kind];
    return { text, error: policyErrors[kind], generated: text === generated[kind] };
  };

  // Each change is kept as it is made, not after it renders: if that render fails, the recovery
  // screen's "Try again" still has the last keystroke.
  const change = (draft: DraftState) => {
    keep(draft);
    setState(draft);
  };
  return {
    fields: current.fields,
    fieldErrors,
    invalid,
    trust: policy('trust'),
    permission: policy('permission'),
    setField: (field: ScenarioField, value: string) =>
      change({ ...current, fields: { ...current.fields, [field]: value } }),
    setPolicy: (kind: PolicyKind, text: string) =>
      change({ ...current, policies: { ...current.policies, [kind]: text } }),
    /** Back to the policy Setup generates from the names: whatever was typed over it goes. */
    resetPolicy: (kind: PolicyKind) =>
      change({ ...current, policies: { ...current.policies, [kind]: generated[kind] } }),
  };
}
