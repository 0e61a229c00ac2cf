// Fuzzing the URL fragment: parseFragment on anything a link can hold, and the round trips of
// every format* function through parseFragment.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT_MS, MEGABYTE_RUNS, fuzz, timed } from '../test-support/fuzz';
import { anyText, huge, mutated, repeatTo } from '../test-support/fuzz-inputs';
import {
  formatDeck,
  formatDiagnose,
  formatFragment,
  formatGenerate,
  formatPage,
  formatTrain,
  isSeedWord,
  parseFragment,
  ROUTES,
  type DeckView,
  type FlowId,
  type FragmentState,
  type Route,
  type TrainPage,
} from './url-state';

const SURFACE = 'URL fragment (parseFragment)';
const NAME = /^[a-z0-9-]{1,64}$/;

/** Parses under the timer and checks the state is one the app can show. */
function parse(hash: string): FragmentState {
  const state = timed(SURFACE, hash, () => parseFragment(hash));
  expect(ROUTES).toContain(state.route);
  expect(['irsa', 'pod-identity']).toContain(state.flow);
  expect(Number.isInteger(state.step) && state.step >= 0 && state.step <= 99).toBe(true);
  expect(state.seed === null || isSeedWord(state.seed)).toBe(true);
  expect(state.scenario === null || NAME.test(state.scenario)).toBe(true);
  if (state.fix) expect(state.scenario).not.toBeNull();
  expect(Number.isInteger(state.slide) && state.slide >= 1 && state.slide <= 99).toBe(true);
  expect(['audience', 'speaker', 'embed']).toContain(state.deckView);
  expect(['list', 'exercise', 'answers', 'summary']).toContain(state.trainPage);
  expect(state.exercise === null || NAME.test(state.exercise)).toBe(true);
  if (state.exercise !== null)
    expect([state.route, state.trainPage]).toEqual(['train', 'exercise']);
  return state;
}

const seedWord = fc.stringMatching(/^[A-Za-z0-9-]{1,32}$/);
const name = fc.stringMatching(NAME);
const flow = fc.constantFrom<FlowId>('irsa', 'pod-identity');
const seed = fc.option(seedWord, { nil: null });

/** Fragments as the app writes them, and as people edit them: real keys, odd values. */
const fragmentLike = fc
  .tuple(
    fc.constantFrom(
      '#',
      '',
      '#/',
      '#/check',
      '#/present',
      '#/train/',
      '#/train/answers',
      '#/generate',
      '#/diagnose',
      '#/compare',
    ),
    fc.constantFrom('?', '&', ''),
    fc.array(
      fc.tuple(
        fc.constantFrom(
          'step',
          'scenario',
          'fix',
          'flow',
          'seed',
          'keys',
          'slide',
          'speaker',
          'embed',
          'x',
        ),
        fc.oneof(
          fc.constantFrom(
            '',
            '1',
            '6',
            '99',
            '100',
            'demo',
            'pod-identity',
            'no-oidc-provider',
            '%zz',
            '%E0%A4%A',
          ),
          anyText(20),
        ),
      ),
      { maxLength: 6 },
    ),
  )
  .map(([path, sep, params]) => `${path}${sep}${params.map(([k, v]) => `${k}=${v}`).join('&')}`);

describe('parseFragment never throws and always gives a state the app can show', () => {
  it(
    'on fragments as written, edited ones and any text',
    () => fuzz(fc.oneof(fragmentLike, mutated(fragmentLike), anyText()), parse),
    FUZZ_TIMEOUT_MS,
  );

  it(
    'on a megabyte: long values, many parameters, long paths',
    () =>
      fuzz(
        huge({
          'long step': (size) => `#step=${repeatTo('1', size - 6)}`,
          'many parameters': (size) => `#${repeatTo('step=1&seed=a&', size - 1)}`,
          'long exercise': (size) => `#/train/${repeatTo('a', size - 8)}`,
          'percent signs': (size) => `#/present?slide=${repeatTo('%', size - 16)}`,
        }),
        parse,
        MEGABYTE_RUNS,
      ),
    FUZZ_TIMEOUT_MS,
  );
});

describe('what the app writes, it reads back', () => {
  it(
    'formatFragment → parseFragment keeps flow, step, seed, scenario and fix',
    () =>
      fuzz(
        fc.record({
          flow,
          step: fc.integer({ min: 0, max: 99 }),
          seed,
          scenario: fc.option(name, { nil: null }),
          fix: fc.boolean(),
        }),
        (state) => {
          const back = parse(formatFragment(state));
          expect(back).toMatchObject({
            ...state,
            route: 'explore',
            fix: state.fix && state.scenario !== null,
          });
        },
      ),
    FUZZ_TIMEOUT_MS,
  );

  it(
    'the pages, the deck, training, Generate and Diagnose keep what their fragments carry',
    () =>
      fuzz(
        fc.record({
          route: fc.constantFrom<Exclude<Route, 'explore'>>('check', 'find', 'compare', 'handout'),
          flow,
          seed,
          slide: fc.integer({ min: 1, max: 99 }),
          view: fc.constantFrom<DeckView>('audience', 'speaker', 'embed'),
          exercise: name.filter((n) => n !== 'answers' && n !== 'summary'),
          trainPage: fc.constantFrom<TrainPage>('list', 'exercise', 'answers', 'summary'),
          scenario: fc.option(name, { nil: null }),
        }),
        (s) => {
          expect(parse(formatPage(s.route, s.seed))).toMatchObject({
            route: s.route,
            seed: s.seed,
          });
          expect(parse(formatDeck(s.slide, s.view, s.seed))).toMatchObject({
            route: 'present',
            slide: s.slide,
            deckView: s.view,
            seed: s.seed,
          });
          const train = parse(formatTrain(s.trainPage, s.exercise, s.seed));
          expect(train).toMatchObject({ route: 'train', trainPage: s.trainPage, seed: s.seed });
          expect(train.exercise).toBe(s.trainPage === 'exercise' ? s.exercise : null);
          expect(parse(formatGenerate(s.flow, s.scenario, s.seed))).toMatchObject({
            route: 'generate',
            flow: s.flow,
            scenario: s.scenario,
            seed: s.seed,
          });
          expect(parse(formatDiagnose(s.flow, s.seed))).toMatchObject({
            route: 'diagnose',
            flow: s.flow,
            seed: s.seed,
          });
        },
      ),
    FUZZ_TIMEOUT_MS,
  );
});
