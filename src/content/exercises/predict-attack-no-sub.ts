import type { PredictExercise } from './types';

export const predictAttackNoSub: PredictExercise = {
  id: 'predict-attack-no-sub',
  group: 'security',
  kind: 'predict',
  title: "Another team's pod asks for the role",
  brief:
    "The role's trust policy names the cluster's provider and pins only :aud to sts.amazonaws.com. Another team creates their own ServiceAccount, untrusted-app, annotates it with this role's ARN and starts a pod with it. The run stands at Setup.",
  start: { flow: 'irsa', entry: 'attack-no-sub-condition' },
  pauseAt: 0,
  question: "Which step refuses the other team's pod?",
  choices: [
    {
      label: 'None: it lists the buckets',
      predicts: { failsAt: null },
      misconception: '',
    },
    {
      label: 'Step 4: the trust policy was written for another ServiceAccount',
      predicts: { failsAt: 4 },
      misconception:
        'A trust policy only refuses what a condition rules out. This one tests only :aud, which is sts.amazonaws.com for every pod of the cluster: nothing in it names a ServiceAccount.',
    },
    {
      label: 'Step 3: the token is not signed for this role',
      predicts: { failsAt: 3 },
      misconception:
        'The token is genuine: the cluster signed it for untrusted-app. A token names a ServiceAccount, never a role; the trust policy decides which ServiceAccounts a role accepts.',
    },
    {
      label: 'Setup: the webhook refuses to inject a role the team does not own',
      predicts: { failsAt: 0 },
      misconception:
        'The webhook injects whatever role ARN a ServiceAccount is annotated with; it checks nothing. Only the trust policy can refuse.',
    },
  ],
  hints: [
    'Which conditions does the trust policy test, and what does each token say for them?',
    "aud is sts.amazonaws.com in every IRSA token of the cluster. What differs between two pods' tokens?",
  ],
  explanation:
    'No error, and that is the hole: with no :sub condition the role answers any token the cluster signs for sts.amazonaws.com, so anyone who can create a ServiceAccount and a pod can assume it. Pin :sub to system:serviceaccount:<namespace>:<name> and every other pod ends at step 4 with AccessDenied.',
};
