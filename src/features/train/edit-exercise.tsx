/**
 * Fix and secure: editors for exactly the exercise's editable fields, prefilled from the start
 * scenario; "Run every pod" (or Enter) runs the intended pod and every attacker's with the edit
 * and shows how each ended. A field that cannot run (an invalid policy, a name Kubernetes would
 * refuse) says why at the field, and nothing is graded until it can.
 */
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { useDraft } from '../../lib/drafts';
import type { EditExercise } from '../../machine/training/exercises';
import { applyChanges, type RunSettings, type Scenario } from '../../machine';
import { gradeEdit, startScenario, type PodResult } from '../../machine/training/grade';
import { solutionFields } from './answers';
import { changesOf, draftOf, FIELD_INFO, type Draft } from './edit-fields';
import { EditorField } from './editor-field';
import { Guidance } from './guidance';
import { PodResults } from './pod-results';
import type { Progress } from './use-progress';
import { errorText, VerdictRegion, type Verdict } from './verdict';

interface EditProps {
  exercise: EditExercise;
  settings: RunSettings;
  progress: Progress;
  onInteract: () => void;
}

export function EditExerciseView({ exercise, settings, progress, onInteract }: EditProps) {
  const { editable } = exercise;
  const start = useMemo(() => startScenario(exercise) as Scenario, [exercise]);
  const initial = useMemo(() => draftOf(start, editable), [start, editable]);
  // What was typed outlives the view (memory only): a remount after an error keeps it.
  const [draft, setDraft] = useDraft<Draft>(`train.edit:${exercise.id}`, initial);
  const [verdict, setVerdict] = useState<Verdict>({ state: 'idle' });
  const [pods, setPods] = useState<PodResult[]>([]);
  const { changes, errors } = useMemo(
    () => changesOf(start, editable, draft),
    [start, editable, draft],
  );
  const form = useRef<HTMLFormElement>(null);
  // Only the latest run may speak: an earlier, slower one is dropped.
  const ticket = useRef(0);

  async function check(event: FormEvent) {
    event.preventDefault();
    onInteract();
    const invalid = editable.filter((f) => errors[f]);
    if (invalid.length > 0) {
      ticket.current++;
      setPods([]);
      setVerdict({
        state: 'invalid',
        message: `fix the marked field first. ${invalid.map((f) => `${FIELD_INFO[f].label}: ${errors[f]}`).join(' ')}`,
      });
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const mine = ++ticket.current;
    setVerdict({ state: 'checking' });
    try {
      const grade = await gradeEdit(exercise, changes, settings);
      if (mine !== ticket.current) return;
      progress.attempt(exercise.id, grade.passed);
      setPods(grade.pods);
      setVerdict({ state: 'graded', passed: grade.passed, feedback: grade.feedback });
    } catch (err) {
      if (mine === ticket.current) setVerdict({ state: 'error', message: errorText(err) });
    }
  }

  const edit = (field: keyof Draft, value: string) => {
    onInteract();
    setDraft((d) => ({ ...d, [field]: value }));
  };

  return (
    <div className="space-y-6">
      <form ref={form} onSubmit={(e) => void check(e)} className="space-y-4" noValidate>
        <h2 className="text-lg font-bold">Your edit</h2>
        {editable.map((field) => (
          <EditorField
            key={field}
            field={field}
            value={draft[field] ?? ''}
            error={errors[field]}
            onChange={(v) => edit(field, v)}
            onSubmit={() => form.current?.requestSubmit()}
          />
        ))}
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="primary">
            Run every pod
          </Button>
          <Button
            onClick={() => {
              setDraft(initial);
              setPods([]);
              setVerdict({ state: 'idle' });
            }}
          >
            Back to the start
          </Button>
        </div>
      </form>
      <VerdictRegion verdict={verdict} />
      <PodResults pods={pods} />
      <Guidance
        exercise={exercise}
        progress={progress}
        onInteract={onInteract}
        solution={
          <EditAnswer
            exercise={exercise}
            onUse={() => setDraft(draftOf(applyChanges(start, exercise.solution), editable))}
          />
        }
      />
    </div>
  );
}

/** The reference solution's changed fields, and a button that puts them in the editors. */
function EditAnswer({ exercise, onUse }: { exercise: EditExercise; onUse: () => void }) {
  return (
    <>
      <p>One edit that passes (any edit that passes the run of every pod is right):</p>
      {solutionFields(exercise).map((f) => (
        <div key={f.field}>
          <p className="font-semibold">{f.label}</p>
          <pre className="overflow-x-auto rounded bg-slate-100 p-2 font-mono text-xs whitespace-pre-wrap wrap-anywhere dark:bg-slate-900">
            {f.value}
          </pre>
        </div>
      ))}
      <Button onClick={onUse}>Put it in the editors</Button>
    </>
  );
}
