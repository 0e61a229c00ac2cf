/**
 * Every exercise is solved by the engine, as Learn Git Branching solves its levels in CI: its
 * start does not already pass, its reference solution does; a prediction and a diagnosis have
 * exactly one right choice; a fix passes with other correct edits and fails with wrong ones; a
 * secure exercise's attackers got in before the solution and are refused after it.
 */
import { describe, expect, it } from 'vitest';
import { EXERCISE_GROUPS, EXERCISES, type EditExercise } from '../../content/exercises';
import type { ScenarioChanges } from '../../content/scenarios/types';
import type { Scenario } from '../../sim';
import { DETERMINISTIC_SETTINGS } from '../environment';
import { catalogueOf } from '../flow-catalogue';
import { rolePolicies, scenarioFieldErrors } from '../lab';
import { applyChanges } from '../scenarios';
import { diagnoseCures, gradeEdit, gradePredict, podsFor, startScenario as startOf } from './grade';
import { runToEnd } from './run-to-end';

const settings = DETERMINISTIC_SETTINGS;

describe('every exercise is solved by the engine', () => {
  it('has at least 20 exercises, unique ids, hints and an explanation', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
    for (const e of EXERCISES) {
      expect(e.hints.length, e.id).toBeGreaterThan(0);
      expect(e.explanation.length, e.id).toBeGreaterThan(40);
    }
    const ids = EXERCISES.map((e) => e.id);
    expect(ids).toContain('fix-sub-namespace');
    expect(ids).toContain('secure-no-sub');
    for (const kind of ['predict', 'diagnose', 'fix', 'secure'])
      expect(
        EXERCISES.some((e) => e.kind === kind),
        kind,
      ).toBe(true);
  });

  for (const exercise of EXERCISES) {
    it(`${exercise.kind}: ${exercise.id}`, async () => {
      if (exercise.kind === 'predict') {
        const grade = await gradePredict(exercise, -1, settings);
        expect(grade.passed, 'no answer passes').toBe(false);
        expect(grade.right, 'exactly one right choice').toHaveLength(1);
        for (const [i, c] of exercise.choices.entries())
          if (!grade.right.includes(i)) expect(c.misconception, c.label).not.toBe('');
        expect((await gradePredict(exercise, grade.right[0]!, settings)).passed).toBe(true);
        return;
      }
      if (exercise.kind === 'diagnose') {
        const start = await runToEnd(exercise.start.flow, startOf(exercise), settings);
        expect(start.failedAt, 'the start is broken').not.toBeNull();
        const cures = await diagnoseCures(exercise, settings);
        const right = cures.flatMap((o, i) => (o.failedAt === null ? [i] : []));
        expect(right, 'exactly one cure makes it work').toHaveLength(1);
        for (const [i, c] of exercise.choices.entries())
          if (i !== right[0]) expect(c.misconception, c.label).not.toBe('');
        return;
      }
      expect((await gradeEdit(exercise, {}, settings)).passed, 'the start fails').toBe(false);
      const solved = await gradeEdit(exercise, exercise.solution, settings);
      expect(solved.feedback, 'the reference solution passes').toContain(
        'The intended pod lists its buckets, and every other pod is refused.',
      );
      expect(solved.passed).toBe(true);
      if (exercise.kind === 'secure') {
        const before = await gradeEdit(exercise, {}, settings);
        expect(before.pods[0]!.asWanted, 'the intended pod worked before').toBe(true);
        for (const p of before.pods.slice(1))
          expect(p.outcome.failedAt, `${p.label} got in before`).toBeNull();
        for (const p of solved.pods.slice(1))
          expect(p.outcome.failedAt, `${p.label} refused after`).not.toBeNull();
      }
      if (exercise.kind === 'fix') {
        expect(exercise.alsoCorrect.length).toBeGreaterThan(0);
        expect(exercise.wrong.length).toBeGreaterThan(0);
      }
      for (const edit of exercise.alsoCorrect)
        expect((await gradeEdit(exercise, edit, settings)).passed, JSON.stringify(edit)).toBe(true);
      for (const edit of exercise.wrong) {
        const grade = await gradeEdit(exercise, edit, settings);
        expect(grade.passed, JSON.stringify(edit)).toBe(false);
        expect(grade.feedback.length).toBeGreaterThan(0);
      }
      expect(podsFor(exercise, {}).length).toBe(1 + exercise.attackers.length);
    });
  }
});

/** The fields an edit touches, by the names the lab's editors use. */
const touched = (edit: ScenarioChanges) => [
  ...Object.keys(edit.names ?? {}),
  ...Object.keys(edit.wiring ?? {}),
];

describe('every exercise is well formed', () => {
  it('has kebab-case ids, 2–3 hints, and at least three exercises in each group', () => {
    for (const e of EXERCISES) {
      expect(e.id, e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.hints.length, e.id).toBeGreaterThanOrEqual(2);
      expect(e.hints.length, e.id).toBeLessThanOrEqual(3);
    }
    for (const g of EXERCISE_GROUPS)
      expect(EXERCISES.filter((e) => e.group === g.id).length, g.id).toBeGreaterThanOrEqual(3);
  });

  for (const exercise of EXERCISES) {
    it(`names real catalogue entries and fixes: ${exercise.id}`, () => {
      const catalogue = catalogueOf(exercise.start.flow);
      // An unknown entry would silently start from the flow's default.
      if (exercise.start.entry !== null)
        expect(catalogue.entry(exercise.start.entry), exercise.start.entry).toBeDefined();
      // Changes are IRSA's shape: a Pod Identity start or cure takes catalogue fixes only.
      if (exercise.start.flow === 'pod-identity') expect(exercise.start.changes).toBeUndefined();
      if (exercise.kind !== 'diagnose') return;
      for (const c of exercise.choices) {
        if ('entryFix' in c.cure)
          // An unknown fix would silently leave the start as it is: a wrong choice by accident.
          expect(catalogue.entry(c.cure.entryFix)?.fix, c.cure.entryFix).toBeTruthy();
        else expect(exercise.start.flow, c.label).toBe('irsa');
      }
    });

    it(`keys its explanation to the error code and asks before the answer shows: ${exercise.id}`, async () => {
      const labels = 'choices' in exercise ? exercise.choices.map((c) => c.label) : [];
      expect(new Set(labels).size, 'distinct choices').toBe(labels.length);
      const start = await runToEnd(exercise.start.flow, startOf(exercise), settings);
      if (start.awsCode) expect(exercise.explanation.startsWith(start.awsCode)).toBe(true);
      // The run is paused before the hop that answers the question, so it does not show it.
      if (exercise.kind === 'predict') expect(exercise.pauseAt).toBeLessThan(start.failedAt ?? 7);
    });

    if (exercise.kind !== 'fix' && exercise.kind !== 'secure') continue;
    it(`can be solved in the lab's editors: ${exercise.id}`, () => {
      const edits = [exercise.solution, ...exercise.alsoCorrect, ...exercise.wrong];
      for (const edit of edits)
        for (const field of touched(edit))
          expect(exercise.editable as string[], `${field} is editable`).toContain(field);
      // The right edits pass the editors' own rules (names, duration bounds).
      const start = startOf(exercise) as Scenario;
      for (const edit of [exercise.solution, ...exercise.alsoCorrect])
        expect(scenarioFieldErrors(applyChanges(start, edit)), JSON.stringify(edit)).toEqual({});
      for (const pod of podsFor(exercise, exercise.solution))
        expect(scenarioFieldErrors(pod.scenario), pod.label).toEqual({});
    });
  }
});

describe("attackers ask for the intended pod's role", () => {
  it('meet its trust policy, even one generated from its names', () => {
    const generated = EXERCISES.filter(
      (e): e is EditExercise =>
        (e.kind === 'fix' || e.kind === 'secure') &&
        e.attackers.length > 0 &&
        (startOf(e) as Scenario).wiring.trustPolicy === null,
    );
    expect(generated.length).toBeGreaterThan(0);
    for (const e of EXERCISES) {
      if (e.kind !== 'fix' && e.kind !== 'secure') continue;
      const [intended, ...attackers] = podsFor(e, {});
      const trust = rolePolicies(intended!.scenario).trust;
      for (const a of attackers) expect(rolePolicies(a.scenario).trust, a.label).toBe(trust);
    }
  });
});
