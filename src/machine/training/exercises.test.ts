/**
 * Every exercise is solved by the engine, as Learn Git Branching solves its levels in CI: its
 * start does not already pass, its reference solution does; a prediction and a diagnosis have
 * exactly one right choice; a fix passes with other correct edits and fails with wrong ones; a
 * secure exercise's attackers got in before the solution and are refused after it.
 */
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../content/exercises';
import { DETERMINISTIC_SETTINGS } from '../environment';
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
