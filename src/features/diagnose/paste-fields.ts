import { PASTE_FIELDS, pasteFieldLabel } from '../../machine/diagnose/diagnose';
import type { DiagnoseFlow, PasteField } from '../../machine/diagnose/types';

/** One paste field as the page shows it: its label and the commands whose output goes in it. */
export interface PasteFieldView {
  /** The commands, each shown as code; the first is the usual one. */
  commands: (flow: DiagnoseFlow) => string[];
  /** What else the field takes, or what to know about it (in the flow shown). */
  note?: string | ((flow: DiagnoseFlow) => string);
  rows: number;
  /**
   * `off` for YAML and JSON: a wrapped line would look like a wrong indent. The token (one long
   * line) and the error message wrap.
   */
  wrap: 'soft' | 'off';
  /** Shown only in this flow (the association is EKS Pod Identity's, the OIDC providers IRSA's). */
  only?: DiagnoseFlow;
}

/** Where the webhook mounts each flow's projected token (docs/pod-identity.md, docs/aws-facts.md). */
const TOKEN_PATH: Record<DiagnoseFlow, string> = {
  irsa: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
  'pod-identity': '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token',
};

/** Every field's label and commands (the order is the engine's `PASTE_FIELDS`). */
const VIEWS: Record<PasteField, PasteFieldView> = {
  serviceAccount: {
    commands: () => ['kubectl get serviceaccount NAME -n NAMESPACE -o yaml'],
    note: 'Or -o json.',
    rows: 5,
    wrap: 'off',
  },
  pod: {
    commands: () => ['kubectl get pod NAME -n NAMESPACE -o yaml'],
    note: 'The running pod, as the webhook changed it: its env, volumes and annotations.',
    rows: 5,
    wrap: 'off',
  },
  cluster: {
    commands: () => ['aws eks describe-cluster --name CLUSTER'],
    rows: 4,
    wrap: 'off',
  },
  association: {
    commands: () => [
      'aws eks describe-pod-identity-association --cluster-name CLUSTER --association-id ID',
    ],
    note: 'aws eks list-pod-identity-associations --cluster-name CLUSTER lists the ids.',
    rows: 4,
    wrap: 'off',
    only: 'pod-identity',
  },
  oidcProviders: {
    commands: () => [
      'aws iam list-open-id-connect-providers',
      'aws iam get-open-id-connect-provider --open-id-connect-provider-arn ARN',
    ],
    note: 'The list, then optionally one provider (its client IDs) below it in the same field.',
    rows: 4,
    wrap: 'off',
    // EKS Pod Identity uses no IAM OIDC provider: EKS Auth checks the token itself.
    only: 'irsa',
  },
  role: {
    commands: () => ['aws iam get-role --role-name ROLE'],
    note: 'The trust policy as the CLI prints it or URL-encoded as the API returns it; a bare trust policy works too.',
    rows: 6,
    wrap: 'off',
  },
  permissionPolicy: {
    commands: () => [
      'aws iam get-role-policy --role-name ROLE --policy-name POLICY',
      'aws iam get-policy-version --policy-arn ARN --version-id v1',
    ],
    note: 'Or a bare policy document.',
    rows: 5,
    wrap: 'off',
  },
  token: {
    commands: (flow) => [`kubectl exec POD -n NAMESPACE -- cat ${TOKEN_PATH[flow]}`],
    note: 'Decoded in this page only, never sent.',
    rows: 3,
    wrap: 'soft',
  },
  error: {
    commands: () => ['kubectl logs POD -n NAMESPACE'],
    note: 'What the pod logs: the SDK’s error, with AWS’s code and message.',
    rows: 3,
    wrap: 'soft',
  },
};

/** The fields a flow shows, in the engine's order, each with its view. */
export function fieldsOf(
  flow: DiagnoseFlow,
): (PasteFieldView & { field: PasteField; label: string })[] {
  return PASTE_FIELDS.map((field) => ({
    field,
    label: pasteFieldLabel(field),
    ...VIEWS[field],
  })).filter((f) => !f.only || f.only === flow);
}

/** The field's visible label: "Role", "Pod Identity association" (one wording, the engine's). */
export const labelOf: (field: PasteField) => string = pasteFieldLabel;
