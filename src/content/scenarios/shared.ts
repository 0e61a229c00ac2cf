/** Commands, messages and fixes several catalogue entries share. */
export const DECODE_TOKEN =
  'kubectl exec -n {{namespace}} {{podName}} -- cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token | cut -d. -f2 | base64 -d 2>/dev/null | jq .';

export const GET_TRUST_POLICY =
  'aws iam get-role --role-name {{roleName}} --query Role.AssumeRolePolicyDocument';

export const DENIED = 'Not authorized to perform sts:AssumeRoleWithWebIdentity';

export const RESTORE_TRUST = {
  summary: 'Trust exactly system:serviceaccount:{{namespace}}:{{serviceAccount}}',
  changes: { wiring: { trustPolicy: null } },
};

export const NODE_ROLE_DENIED =
  'User: arn:aws:sts::{{accountId}}:assumed-role/eks-node-role/{{instanceId}} is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action';

export const FORGED_TOKEN_MESSAGE =
  'The web identity token that was passed could not be validated by Amazon Web Services. Get a new identity token from the identity provider and then retry the request.';

export const NO_PROVIDER = 'No OpenIDConnect provider found in your account for {{issuerUrl}}';

// Two spaces after the comma, as STS writes it.
export const KEY_NOT_RETRIEVED =
  "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements";
