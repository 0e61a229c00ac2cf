import { describe, expect, it } from 'vitest';
import {
  formatDeck,
  formatDiagnose,
  formatFragment,
  formatGenerate,
  formatPage,
  formatTrain,
  parseFragment,
} from './url-state';

const explore = {
  route: 'explore',
  flow: 'irsa',
  step: 0,
  seed: null,
  scenario: null,
  fix: false,
  slide: 1,
  deckView: 'audience',
  trainPage: 'list',
  exercise: null,
};

describe('URL fragment', () => {
  it.each([
    ['', explore],
    ['#step=4', { ...explore, step: 4 }],
    // Any step number is read; the walk keeps it within its flow (a 6-step flow shows step 6).
    ['#step=9', { ...explore, step: 9 }],
    ['#step=100', explore],
    ['#step=4x', explore],
    [
      '#scenario=no-oidc-provider&step=2&keys=demo',
      { ...explore, step: 2, seed: 'demo', scenario: 'no-oidc-provider' },
    ],
    [
      '#scenario=sub-other-namespace&fix=1&step=6&keys=demo',
      { ...explore, step: 6, seed: 'demo', scenario: 'sub-other-namespace', fix: true },
    ],
    // A fix without the scenario it fixes, or any other value, is no fix.
    ['#fix=1&step=6', { ...explore, step: 6 }],
    ['#scenario=expired-token&fix=yes', { ...explore, scenario: 'expired-token' }],
    ['#scenario=<script>&fix=1', explore],
    ['#/check', { ...explore, route: 'check' }],
    ['#/find', { ...explore, route: 'find' }],
    ['#/compare', { ...explore, route: 'compare' }],
    ['#/compare?keys=demo', { ...explore, route: 'compare', seed: 'demo' }],
    ['#/compare&keys=demo', { ...explore, route: 'compare', seed: 'demo' }],
    // The room seed holds on every page; anything but a plain word is no seed.
    ['#/check?keys=demo', { ...explore, route: 'check', seed: 'demo' }],
    ['#step=2&seed=room-42', { ...explore, step: 2, seed: 'room-42' }],
    ['#step=2&seed=a%20b', { ...explore, step: 2 }],
    ['#step=2&seed=' + 'x'.repeat(33), { ...explore, step: 2 }],
    ['#/handout?seed=ws1', { ...explore, route: 'handout', seed: 'ws1' }],
    ['#/present', { ...explore, route: 'present' }],
    ['#/present?slide=7', { ...explore, route: 'present', slide: 7 }],
    ['#/present?slide=0', { ...explore, route: 'present' }],
    ['#/present?slide=3&speaker', { ...explore, route: 'present', slide: 3, deckView: 'speaker' }],
    [
      '#/present?embed&seed=room',
      { ...explore, route: 'present', deckView: 'embed', seed: 'room' },
    ],
    ['#/presenter', explore],
    ['#/train', { ...explore, route: 'train' }],
    ['#/train?seed=class-3', { ...explore, route: 'train', seed: 'class-3' }],
    [
      '#/train/fix-sub-namespace',
      { ...explore, route: 'train', trainPage: 'exercise', exercise: 'fix-sub-namespace' },
    ],
    [
      '#/train/answers&keys=demo',
      { ...explore, route: 'train', trainPage: 'answers', seed: 'demo' },
    ],
    ['#/train/summary', { ...explore, route: 'train', trainPage: 'summary' }],
    ['#/train/<b>', explore],
    ['#/compared', explore],
    ['#/generate', { ...explore, route: 'generate' }],
    [
      '#/generate?flow=pod-identity&scenario=pod-identity-no-association&keys=demo',
      {
        ...explore,
        route: 'generate',
        flow: 'pod-identity',
        scenario: 'pod-identity-no-association',
        seed: 'demo',
      },
    ],
    ['#/generate?scenario=<b>&step=3', { ...explore, route: 'generate' }],
    ['#/generated', explore],
    ['#/diagnose', { ...explore, route: 'diagnose' }],
    [
      '#/diagnose?flow=pod-identity&seed=room-42',
      { ...explore, route: 'diagnose', flow: 'pod-identity', seed: 'room-42' },
    ],
    // Diagnose runs on what is pasted: a scenario, a step or a fix in its link means nothing.
    [
      '#/diagnose?scenario=sub-other-namespace&fix=1&step=4&keys=demo',
      { ...explore, route: 'diagnose', seed: 'demo' },
    ],
    ['#/diagnose?flow=kerberos', { ...explore, route: 'diagnose' }],
    ['#/diagnosed', explore],
    [
      '#flow=pod-identity&scenario=pod-identity-no-association&step=3',
      { ...explore, flow: 'pod-identity', scenario: 'pod-identity-no-association', step: 3 },
    ],
    ['#flow=kerberos&step=2', { ...explore, step: 2 }],
    ['#/finder', explore],
    ['#%%%', explore],
  ])('%s', (hash, expected) => {
    expect(parseFragment(hash)).toEqual(expected);
  });

  it('round-trips what it writes', () => {
    const state = {
      flow: 'irsa' as const,
      step: 3,
      seed: 'demo',
      scenario: 'expired-token',
      fix: false,
    };
    const rest = {
      route: 'explore',
      slide: 1,
      deckView: 'audience',
      trainPage: 'list',
      exercise: null,
    };
    expect(parseFragment(formatFragment(state))).toEqual({ ...rest, ...state });
    const fixed = {
      flow: 'irsa' as const,
      step: 6,
      seed: 'demo',
      scenario: 'sub-other-namespace',
      fix: true,
    };
    expect(formatFragment(fixed)).toBe('#scenario=sub-other-namespace&fix=1&step=6&keys=demo');
    expect(parseFragment(formatFragment(fixed))).toEqual({ ...rest, ...fixed });
    expect(formatFragment({ flow: 'irsa', step: 0, seed: null, scenario: null, fix: false })).toBe(
      '#step=0',
    );
    expect(formatFragment({ flow: 'irsa', step: 6, seed: null, scenario: null, fix: true })).toBe(
      '#step=6',
    );
  });

  it('writes the seed and the deck', () => {
    expect(
      formatFragment({ flow: 'irsa', step: 2, seed: 'room-42', scenario: null, fix: false }),
    ).toBe('#step=2&seed=room-42');
    expect(formatDeck(3, 'speaker', 'room')).toBe('#/present?slide=3&speaker&seed=room');
    expect(formatDeck(1, 'audience', null)).toBe('#/present?slide=1');
    expect(formatPage('compare', 'demo')).toBe('#/compare?keys=demo');
    expect(parseFragment(formatDeck(12, 'embed', 'w'))).toMatchObject({
      route: 'present',
      slide: 12,
      deckView: 'embed',
      seed: 'w',
    });
  });

  it('writes the training pages', () => {
    expect(formatTrain('list', null, null)).toBe('#/train');
    expect(formatTrain('exercise', 'secure-no-sub', 'room')).toBe(
      '#/train/secure-no-sub?seed=room',
    );
    expect(formatTrain('answers', null, 'demo')).toBe('#/train/answers?keys=demo');
    expect(parseFragment(formatTrain('exercise', 'fix-sub-namespace', 'w'))).toMatchObject({
      route: 'train',
      trainPage: 'exercise',
      exercise: 'fix-sub-namespace',
      seed: 'w',
    });
  });

  it('writes the Generate page', () => {
    expect(formatGenerate('irsa', null, null)).toBe('#/generate');
    expect(formatGenerate('irsa', 'sub-other-namespace', 'room')).toBe(
      '#/generate?scenario=sub-other-namespace&seed=room',
    );
    const link = formatGenerate('pod-identity', 'pod-identity-happy-path', 'demo');
    expect(link).toBe('#/generate?flow=pod-identity&scenario=pod-identity-happy-path&keys=demo');
    expect(parseFragment(link)).toMatchObject({
      route: 'generate',
      flow: 'pod-identity',
      scenario: 'pod-identity-happy-path',
      seed: 'demo',
    });
  });

  it('writes the Diagnose page: the flow and the seed, nothing else', () => {
    expect(formatDiagnose('irsa', null)).toBe('#/diagnose');
    expect(formatDiagnose('irsa', 'demo')).toBe('#/diagnose?keys=demo');
    const link = formatDiagnose('pod-identity', 'room-42');
    expect(link).toBe('#/diagnose?flow=pod-identity&seed=room-42');
    expect(parseFragment(link)).toMatchObject({
      route: 'diagnose',
      flow: 'pod-identity',
      seed: 'room-42',
    });
  });
});
