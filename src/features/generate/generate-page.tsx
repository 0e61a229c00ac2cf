import { useEffect, useMemo, useState } from 'react';
import { useDraft } from '../../lib/drafts';
import { formatGenerate } from '../../lib/url-state';
import { catalogueOf, settingsFor } from '../../machine';
import { evaluateSetup, type SetupVerdict } from '../../machine/generate/evaluate';
import { namesOf, setupFieldErrors, type GenerateFlow } from '../../machine/generate/names';
import { generateSetup, type SetupKind } from '../../machine/generate/setup';
// Registers Pod Identity's catalogue, so a Pod Identity scenario's names can fill the form.
import '../../machine/pod-identity';
import { draftOf, namesOfDraft, SetupForm, type NamesDraft } from './setup-form';
import { SetupSection } from './setup-section';

const SECTIONS: { kind: SetupKind; title: string; describe: (flow: GenerateFlow) => string }[] = [
  {
    kind: 'eksctl',
    title: 'eksctl',
    describe: (flow) =>
      flow === 'irsa'
        ? 'The OIDC provider, then the role and the annotated ServiceAccount in one command.'
        : 'The agent add-on, then the role and the association in one command.',
  },
  {
    kind: 'aws-cli',
    title: 'AWS CLI',
    describe: (flow) =>
      flow === 'irsa'
        ? 'The two policy files, the OIDC provider, the role and its permission policy.'
        : 'The two policy files, the agent add-on, the role, its permission policy and the association.',
  },
  {
    kind: 'kubernetes',
    title: 'Kubernetes YAML',
    describe: (flow) =>
      flow === 'irsa'
        ? 'The ServiceAccount annotated with the role ARN, and a Deployment that runs as it.'
        : 'The ServiceAccount (no annotation: the association names the role), and a Deployment that runs as it.',
  },
  {
    kind: 'terraform',
    title: 'Terraform',
    describe: (flow) =>
      flow === 'irsa'
        ? 'The OIDC provider, the role, its policy and the annotated ServiceAccount.'
        : 'The role, its policy, the ServiceAccount and the Pod Identity association.',
  },
];

/** The names of a catalogue scenario WITH its fix applied: the setup must be the working one. */
function initialDraft(flow: GenerateFlow, scenario: string | null): NamesDraft {
  return draftOf(namesOf(catalogueOf(flow).choice(scenario, true).scenario));
}

/**
 * `#/generate`: the setup that makes a scenario's names work, as eksctl, AWS CLI, Kubernetes
 * YAML and Terraform. Nothing is shown before the engine has run the generated policies with
 * these names to the pod's S3 call; invalid names get their rule at the field and no output.
 */
export default function GeneratePage({
  seed,
  flow: initialFlow,
  scenario,
}: {
  seed: string | null;
  flow: GenerateFlow;
  scenario: string | null;
}) {
  const [flow, setFlow] = useState(initialFlow);
  // The typed names live outside the page (memory only), per starting scenario: a remount after
  // an error, or leaving and coming back, shows them again.
  const [draft, setDraft] = useDraft(`generate.names:${initialFlow}:${scenario ?? ''}`, () =>
    initialDraft(initialFlow, scenario),
  );
  const [settings] = useState(() => settingsFor(seed));
  const names = useMemo(() => namesOfDraft(draft), [draft]);
  const errors = useMemo(() => setupFieldErrors(names, flow), [names, flow]);
  const valid = Object.keys(errors).length === 0;
  const setup = useMemo(() => (valid ? generateSetup(names, flow) : null), [valid, names, flow]);
  const [verdict, setVerdict] = useState<{ for: object; verdict: SetupVerdict } | null>(null);

  useEffect(() => {
    if (!setup) return;
    let current = true;
    void evaluateSetup(names, flow, setup.policies, settings).then((v) => {
      if (current) setVerdict({ for: setup, verdict: v });
    });
    return () => {
      current = false;
    };
  }, [setup, names, flow, settings]);

  const chooseFlow = (next: GenerateFlow) => {
    setFlow(next);
    // The link says which flow; the typed names stay (they are the same names in both flows).
    window.history.replaceState(null, '', formatGenerate(next, scenario, seed));
  };
  const evaluated = verdict && verdict.for === setup ? verdict.verdict : null;
  const source = scenario ? catalogueOf(flow).entry(scenario) : undefined;

  return (
    <article className="mx-auto max-w-6xl space-y-6 p-4 sm:p-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">Generate your setup</h1>
        <p>
          The commands and files that give a pod on your cluster an IAM role, from your names.
          {source && (
            <>
              {' '}
              Started from the scenario <strong>{source.title}</strong>
              {source.fix ? ', with its fix applied' : ''}.
            </>
          )}{' '}
          Nothing you type leaves this page.
        </p>
      </header>
      <SetupForm
        flow={flow}
        draft={draft}
        errors={errors}
        onFlow={chooseFlow}
        onChange={(field, value) => setDraft((d) => ({ ...d, [field]: value }))}
      />
      <section aria-labelledby="generate-setup-title" className="space-y-4">
        <h2 id="generate-setup-title" className="text-lg font-bold">
          Your setup
        </h2>
        <Verdict valid={valid} evaluated={evaluated} />
        {setup && evaluated?.works && (
          <div className="grid gap-6 2xl:grid-cols-2">
            {SECTIONS.map((s) => (
              <SetupSection
                key={s.kind}
                title={s.title}
                description={s.describe(flow)}
                file={setup.files[s.kind]}
              />
            ))}
          </div>
        )}
      </section>
    </article>
  );
}

/** What the engine said of the generated policies, or why there is nothing to show yet. */
function Verdict({ valid, evaluated }: { valid: boolean; evaluated: SetupVerdict | null }) {
  const text = !valid
    ? 'Nothing is generated from invalid names: correct the fields marked above.'
    : !evaluated
      ? 'Evaluating the policies with the engine…'
      : evaluated.works
        ? 'Evaluated by the engine: the pod lists its buckets with these policies.'
        : `Refused by the engine at ${evaluated.outcome.failedAt === 0 ? 'Setup' : `step ${evaluated.outcome.failedAt}`}: ${evaluated.outcome.awsCode ?? 'error'}${evaluated.outcome.message ? `: ${evaluated.outcome.message}` : ''}. Nothing is shown.`;
  const tone =
    valid && evaluated?.works
      ? 'border-emerald-700 text-emerald-900 dark:border-emerald-400 dark:text-emerald-200'
      : !valid || evaluated
        ? 'border-red-700 text-red-900 dark:border-red-400 dark:text-red-200'
        : 'border-slate-400';
  return (
    <p
      role="status"
      data-verdict={evaluated?.works ? 'works' : valid && !evaluated ? 'running' : 'no'}
      className={`rounded-md border-l-4 bg-white px-3 py-2 text-sm font-semibold dark:bg-slate-900 ${tone}`}
    >
      {text}
    </p>
  );
}
