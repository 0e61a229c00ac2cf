import type { CatalogueEntry } from './types';

export const malformedRoleArn: CatalogueEntry = {
  id: 'malformed-role-arn',
  title: 'Malformed role ARN in the annotation',
  kind: 'breaks',
  changes: { wiring: { roleArnAnnotation: 'arn:aws:iam:{{accountId}}:role/{{roleName}}' } },
  expected: { step: 1, awsCode: 'ValidationError', message: 'Request ARN is invalid' },
  cause:
    'The annotation reads arn:aws:iam:{{accountId}}:… with one colon where IAM ARNs have two (the region field is empty). The webhook only warns and injects it anyway; STS rejects the request before looking at the token.',
  fix: {
    summary: 'Annotate with arn:aws:iam::{{accountId}}:role/{{roleName}}',
    changes: { wiring: { roleArnAnnotation: null } },
  },
  verify: [
    'kubectl get serviceaccount {{serviceAccount}} -n {{namespace}} -o jsonpath="{.metadata.annotations.eks\\.amazonaws\\.com/role-arn}"',
    'aws iam get-role --role-name {{roleName}} --query Role.Arn',
  ],
};
