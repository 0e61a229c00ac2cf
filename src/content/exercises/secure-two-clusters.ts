import {
  GREEN_CLUSTER_OIDC_ID,
  TRUST_POLICY_BLUE_ONLY,
  TRUST_POLICY_GREEN_NAMESPACE_WILDCARD,
  TRUST_POLICY_GREEN_PINNED,
  TRUST_POLICY_GREEN_WITHOUT_SUB,
} from './policies';
import type { EditExercise } from './types';

export const secureTwoClusters: EditExercise = {
  id: 'secure-two-clusters',
  group: 'security',
  kind: 'secure',
  title: 'The second cluster trusts every pod',
  brief:
    'The role is shared by a blue/green pair of clusters in us-west-2: one statement per cluster\'s IAM OIDC provider. "Blue" (this cluster) pins :sub to default/my-service-account; "Green" pins only :aud. Tighten the trust policy so that no pod but default/my-service-account gets credentials, from either cluster.',
  start: {
    flow: 'irsa',
    entry: null,
    changes: { wiring: { trustPolicy: TRUST_POLICY_GREEN_WITHOUT_SUB } },
  },
  hints: [
    "Each statement names one cluster's provider. Which one does a green pod's token match?",
    'The condition keys carry the issuer: a green token has …/id/' +
      GREEN_CLUSTER_OIDC_ID +
      ':sub, never the blue key.',
    'Give "Green" its own :sub condition, keyed with the green issuer, as "Blue" has.',
  ],
  explanation:
    'Any pod of the green cluster got credentials where it should get AccessDenied at step 4: the "Green" statement matches every token the green issuer signs for sts.amazonaws.com. Conditions are per issuer (oidc.eks.us-west-2.amazonaws.com/id/<green id>:sub), so the blue statement\'s :sub does not cover green tokens. Pin :sub in the green statement too, or drop it if the green cluster no longer needs the role.',
  editable: ['trustPolicy'],
  attackers: [
    {
      label: 'green cluster: default/intruder (another cluster, another ServiceAccount)',
      names: {
        clusterOidcId: GREEN_CLUSTER_OIDC_ID,
        serviceAccountName: 'intruder',
        podName: 'intruder',
      },
    },
    {
      label: 'green cluster: kube-system/my-service-account (another cluster and namespace)',
      names: { clusterOidcId: GREEN_CLUSTER_OIDC_ID, namespace: 'kube-system' },
    },
  ],
  solution: { wiring: { trustPolicy: TRUST_POLICY_GREEN_PINNED } },
  // The green cluster retired: its statement goes.
  alsoCorrect: [{ wiring: { trustPolicy: TRUST_POLICY_BLUE_ONLY } }],
  wrong: [
    // Any ServiceAccount of default in the green cluster still matches.
    { wiring: { trustPolicy: TRUST_POLICY_GREEN_NAMESPACE_WILDCARD } },
  ],
};
