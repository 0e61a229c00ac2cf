/**
 * The URL fragment holds only routes, positions, names and flags, never secrets or tokens:
 * `#step=N` (0 = Setup, then the flow's steps; the machine keeps it within the flow), `scenario=<id>` (a catalogue entry), `fix=1` (that entry with its fix
 * applied), `keys=demo` (the deterministic demo mode), `#/check` for the token checker,
 * `#/find` for "Find by error message" and `#/compare` for both flows side by side (`#/compare?keys=demo`
 * in demo mode); `flow=pod-identity` walks EKS Pod Identity instead of IRSA.
 * Anything malformed means "the start".
 */
/** The flows the explore page walks: `flow=pod-identity`, or IRSA when absent. */
export type FlowId = 'irsa' | 'pod-identity';

export interface FragmentState {
  route: 'explore' | 'check' | 'find' | 'compare';
  flow: FlowId;
  step: number;
  demo: boolean;
  scenario: string | null;
  /** Only with a scenario: a fix means nothing without the scenario it fixes. */
  fix: boolean;
}

export function parseFragment(hash: string): FragmentState {
  const text = hash.replace(/^#/, '');
  for (const route of ['check', 'find', 'compare'] as const) {
    const path = `/${route}`;
    if (text === path || text.startsWith(`${path}?`) || text.startsWith(`${path}&`)) {
      // Only the comparison runs walks, so only it has a mode; the other pages ignore the rest.
      const params = new URLSearchParams(text.slice(path.length + 1));
      const demo = route === 'compare' && params.get('keys') === 'demo';
      return { route, flow: 'irsa', step: 0, demo, scenario: null, fix: false };
    }
  }
  const params = new URLSearchParams(text);
  const raw = params.get('step');
  const step = raw !== null && /^\d{1,2}$/.test(raw) ? Number(raw) : 0;
  const name = params.get('scenario');
  const scenario = name !== null && /^[a-z0-9-]{1,64}$/.test(name) ? name : null;
  return {
    route: 'explore',
    flow: params.get('flow') === 'pod-identity' ? 'pod-identity' : 'irsa',
    step,
    demo: params.get('keys') === 'demo',
    scenario,
    fix: scenario !== null && params.get('fix') === '1',
  };
}

export function formatFragment(state: Omit<FragmentState, 'route'>): string {
  const parts = [];
  if (state.flow !== 'irsa') parts.push(`flow=${state.flow}`);
  if (state.scenario) {
    parts.push(`scenario=${state.scenario}`);
    if (state.fix) parts.push('fix=1');
  }
  parts.push(`step=${state.step}`);
  if (state.demo) parts.push('keys=demo');
  return `#${parts.join('&')}`;
}
