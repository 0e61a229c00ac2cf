/**
 * The URL fragment holds only routes, positions, names and seeds, never secrets or tokens:
 * `#step=N` (0 = Setup, then the flow's steps; the machine keeps it within the flow), `scenario=<id>` (a catalogue entry), `fix=1` (that entry with its fix
 * applied), `flow=pod-identity` (walk EKS Pod Identity instead of IRSA), and the pages
 * `#/check` (token checker), `#/find` ("Find by error message"), `#/compare` (both flows side by
 * side), `#/present` (the deck: `?slide=N`, `?speaker` for the speaker view, `?embed` inside
 * another page's frame), `#/handout` (the printable handout) and `#/train` (training: the list;
 * `#/train/<exercise-id>` one exercise, `#/train/answers` the answer key, `#/train/summary` a
 * trainee's printable progress), `#/generate` (the setup for a scenario's names) and
 * `#/diagnose` (a diagnosis of pasted objects: only `?flow=pod-identity` and the seed; what is
 * pasted never goes in the URL).
 *
 * `seed=<word>`, on any page, is the room mode: the bundled demo key, a fixed clock and ids
 * seeded by the word, so everyone who opens the link sees the same bytes. `keys=demo` is the
 * seed `demo` (the deterministic mode's older spelling, kept so published links still work).
 * Anything malformed means "the start".
 */
/** The flows the explore page walks: `flow=pod-identity`, or IRSA when absent. */
export type FlowId = 'irsa' | 'pod-identity';

export type Route =
  | 'explore'
  | 'check'
  | 'find'
  | 'compare'
  | 'present'
  | 'handout'
  | 'train'
  | 'generate'
  | 'diagnose';

/** Which training page: the list, one exercise, the answer key, or the progress summary. */
export type TrainPage = 'list' | 'exercise' | 'answers' | 'summary';

/** Who looks at the deck: the room, the presenter's own window, or a host page's frame. */
export type DeckView = 'audience' | 'speaker' | 'embed';

export interface FragmentState {
  route: Route;
  flow: FlowId;
  step: number;
  /** The room seed (`seed=<word>` or `keys=demo`); null = fresh keys and the real clock. */
  seed: string | null;
  scenario: string | null;
  /** Only with a scenario: a fix means nothing without the scenario it fixes. */
  fix: boolean;
  /** The deck's slide, from 1 (`#/present?slide=N`); 1 elsewhere. */
  slide: number;
  deckView: DeckView;
  trainPage: TrainPage;
  /** The exercise's id on `#/train/<id>`; null elsewhere. */
  exercise: string | null;
}

const PAGES = [
  'check',
  'find',
  'compare',
  'present',
  'handout',
  'train',
  'generate',
  'diagnose',
] as const;
/** Every route the fragment can name: the walkthrough's, and each page's `#/<page>`. */
export const ROUTES: readonly Route[] = ['explore', ...PAGES];
const SEED = /^[A-Za-z0-9-]{1,32}$/;

/** A word anyone can read out to a room: letters, digits and dashes, at most 32. */
export function isSeedWord(word: string): boolean {
  return SEED.test(word);
}

function seedOf(params: URLSearchParams): string | null {
  const word = params.get('seed');
  if (word !== null && isSeedWord(word)) return word;
  return params.get('keys') === 'demo' ? 'demo' : null;
}

const START: Omit<FragmentState, 'route' | 'seed'> = {
  flow: 'irsa',
  step: 0,
  scenario: null,
  fix: false,
  slide: 1,
  deckView: 'audience',
  trainPage: 'list',
  exercise: null,
};

export function parseFragment(hash: string): FragmentState {
  const text = hash.replace(/^#/, '');
  const train = /^\/train\/([a-z0-9-]{1,64})(?=$|[?&])/.exec(text);
  if (train) {
    const params = new URLSearchParams(text.slice(train[0].length + 1));
    const name = train[1]!;
    const page = name === 'answers' || name === 'summary' ? name : 'exercise';
    return {
      ...START,
      route: 'train',
      seed: seedOf(params),
      trainPage: page,
      exercise: page === 'exercise' ? name : null,
    };
  }
  for (const route of PAGES) {
    const path = `/${route}`;
    if (text === path || text.startsWith(`${path}?`) || text.startsWith(`${path}&`)) {
      const params = new URLSearchParams(text.slice(path.length + 1));
      const state: FragmentState = { ...START, route, seed: seedOf(params) };
      if (route === 'generate') return { ...state, ...flowAndScenarioOf(params) };
      // Diagnose runs on what is pasted, never on a scenario: only the flow is read.
      if (route === 'diagnose') return { ...state, flow: flowAndScenarioOf(params).flow };
      if (route !== 'present') return state;
      const slide = params.get('slide');
      if (slide !== null && /^\d{1,2}$/.test(slide) && Number(slide) > 0)
        state.slide = Number(slide);
      state.deckView = params.has('speaker')
        ? 'speaker'
        : params.has('embed')
          ? 'embed'
          : 'audience';
      return state;
    }
  }
  const params = new URLSearchParams(text);
  const raw = params.get('step');
  const step = raw !== null && /^\d{1,2}$/.test(raw) ? Number(raw) : 0;
  const { flow, scenario } = flowAndScenarioOf(params);
  return {
    ...START,
    route: 'explore',
    flow,
    step,
    seed: seedOf(params),
    scenario,
    fix: scenario !== null && params.get('fix') === '1',
  };
}

function flowAndScenarioOf(params: URLSearchParams): Pick<FragmentState, 'flow' | 'scenario'> {
  const name = params.get('scenario');
  return {
    flow: params.get('flow') === 'pod-identity' ? 'pod-identity' : 'irsa',
    scenario: name !== null && /^[a-z0-9-]{1,64}$/.test(name) ? name : null,
  };
}

/** The seed's part of a fragment: `keys=demo` for the demo seed, `seed=<word>` for others. */
export function seedParam(seed: string | null): string | null {
  if (seed === null) return null;
  return seed === 'demo' ? 'keys=demo' : `seed=${seed}`;
}

export function formatFragment(
  state: Pick<FragmentState, 'flow' | 'step' | 'seed' | 'scenario' | 'fix'>,
): string {
  const parts = [];
  if (state.flow !== 'irsa') parts.push(`flow=${state.flow}`);
  if (state.scenario) {
    parts.push(`scenario=${state.scenario}`);
    if (state.fix) parts.push('fix=1');
  }
  parts.push(`step=${state.step}`);
  const seed = seedParam(state.seed);
  if (seed) parts.push(seed);
  return `#${parts.join('&')}`;
}

/** A page's fragment with the room seed carried over: `#/compare?seed=room-42`. */
export function formatPage(
  route: Exclude<Route, 'explore'>,
  seed: string | null,
  params: string[] = [],
): string {
  const all = [...params, seedParam(seed)].filter((p): p is string => p !== null);
  return `#/${route}${all.length ? `?${all.join('&')}` : ''}`;
}

/** The deck's fragment: `#/present?slide=3`, plus the view and the seed. */
export function formatDeck(slide: number, view: DeckView, seed: string | null): string {
  const params = [`slide=${slide}`];
  if (view !== 'audience') params.push(view);
  return formatPage('present', seed, params);
}

/** A training page's fragment: `#/train`, `#/train/fix-sub-namespace`, `#/train/answers?seed=w`. */
export function formatTrain(page: TrainPage, exercise: string | null, seed: string | null): string {
  const name = page === 'exercise' ? exercise : page === 'list' ? null : page;
  const seedPart = seedParam(seed);
  return `#/train${name ? `/${name}` : ''}${seedPart ? `?${seedPart}` : ''}`;
}

/** The Generate page's fragment: `#/generate?flow=pod-identity&scenario=<id>&seed=w`. */
export function formatGenerate(flow: FlowId, scenario: string | null, seed: string | null): string {
  const params = [];
  if (flow !== 'irsa') params.push(`flow=${flow}`);
  if (scenario) params.push(`scenario=${scenario}`);
  return formatPage('generate', seed, params);
}

/** The Diagnose page's fragment: `#/diagnose?flow=pod-identity&seed=w` (never anything pasted). */
export function formatDiagnose(flow: FlowId, seed: string | null): string {
  return formatPage('diagnose', seed, flow === 'irsa' ? [] : [`flow=${flow}`]);
}

/** The page's fragment, or none while the page is prerendered at build time (no window). */
export function currentHash(): string {
  return typeof window === 'undefined' ? '' : window.location.hash;
}
