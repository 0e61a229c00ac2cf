/**
 * Everything the Generate page shows for one set of names: the policies (which the engine runs
 * before they are shown, `evaluate.ts`) and the four ways to create the setup. Loaded only with
 * the page, so `yaml` stays out of the first load.
 */
import { awsCliSetup } from './aws-cli';
import { eksctlSetup, type GeneratedFile } from './eksctl';
import { kubernetesSetup } from './kubernetes-yaml';
import { setupPolicies, type GenerateFlow, type SetupNames, type SetupPolicies } from './names';
import { terraformSetup } from './terraform';

export type SetupKind = 'eksctl' | 'aws-cli' | 'kubernetes' | 'terraform';

export interface GeneratedSetup {
  policies: SetupPolicies;
  files: Record<SetupKind, GeneratedFile>;
}

/** Only for names that passed `setupFieldErrors`: the page never generates from invalid ones. */
export function generateSetup(names: SetupNames, flow: GenerateFlow): GeneratedSetup {
  const policies = setupPolicies(names, flow);
  return {
    policies,
    files: {
      eksctl: eksctlSetup(names, flow, policies),
      'aws-cli': awsCliSetup(names, flow, policies),
      kubernetes: kubernetesSetup(names, flow),
      terraform: terraformSetup(names, flow, policies),
    },
  };
}
