/**
 * The URL fragment holds only positions and names, never secrets: `#step=N` (0–6) and
 * optionally `keys=demo` (the deterministic demo mode). Anything malformed means "the start".
 */
export interface FragmentState {
  step: number;
  demo: boolean;
}

export function parseFragment(hash: string): FragmentState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const raw = params.get('step');
  const step = raw !== null && /^[0-6]$/.test(raw) ? Number(raw) : 0;
  return { step, demo: params.get('keys') === 'demo' };
}

export function formatFragment(state: FragmentState): string {
  return `#step=${state.step}${state.demo ? '&keys=demo' : ''}`;
}
