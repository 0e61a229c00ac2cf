import {
  TRUST_POLICY_ONE_STATEMENT_PER_CLUSTER,
  TRUST_POLICY_TWO_CLUSTERS_ONE_STATEMENT,
} from './policies';
import { DENIED, GET_TRUST_POLICY } from './shared';
import type { CatalogueEntry } from './types';

// Reported in aws/containers-roadmap#1579; IAM User Guide, "Condition element" (keys in one
// operator block are ANDed).
export const trustTwoClustersOneStatement: CatalogueEntry = {
  id: 'trust-two-clusters-one-statement',
  title: "Two clusters' :sub keys in one StringEquals",
  kind: 'breaks',
  changes: { wiring: { trustPolicy: TRUST_POLICY_TWO_CLUSTERS_ONE_STATEMENT } },
  expected: { step: 4, awsCode: 'AccessDenied', message: DENIED },
  cause:
    "One statement lists the :sub keys of two clusters. The keys inside one StringEquals are ANDed, and a token carries only its own issuer's keys, so the other cluster's key is always absent and the statement never matches, for either cluster.",
  fix: {
    summary: "One statement per cluster's provider",
    changes: { wiring: { trustPolicy: TRUST_POLICY_ONE_STATEMENT_PER_CLUSTER } },
  },
  verify: [GET_TRUST_POLICY],
};
