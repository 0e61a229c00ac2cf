/**
 * The URL fragment holds only routes, positions and names, never secrets or tokens:
 * `#step=N` (0–6), `scenario=<id>` (a catalogue entry), `keys=demo` (the deterministic demo
 * mode), and `#/check` for the token checker. Anything malformed means "the start".
 */
export interface FragmentState {
  route: 'explore' | 'check';
  step: number;
  demo: boolean;
  scenario: string | null;
}

export function parseFragment(hash: string): FragmentState {
  const text = hash.replace(/^#/, '');
  if (text === '/check' || text.startsWith('/check?') || text.startsWith('/check&')) {
    return { route: 'check', step: 0, demo: false, scenario: null };
  }
  const params = new URLSearchParams(text);
  const raw = params.get('step');
  const step = raw !== null && /^[0-6]$/.test(raw) ? Number(raw) : 0;
  const scenario = params.get('scenario');
  return {
    route: 'explore',
    step,
    demo: params.get('keys') === 'demo',
    scenario: scenario !== null && /^[a-z0-9-]{1,64}$/.test(scenario) ? scenario : null,
  };
}

export function formatFragment(state: Omit<FragmentState, 'route'>): string {
  const parts = [];
  if (state.scenario) parts.push(`scenario=${state.scenario}`);
  parts.push(`step=${state.step}`);
  if (state.demo) parts.push('keys=demo');
  return `#${parts.join('&')}`;
}
