/**
 * The exercises, in the order the list shows them (group by group, easy to hard), and their
 * groups. One file per exercise.
 */
import { diagnoseExpiredToken } from './diagnose-expired-token';
import { diagnoseExplicitDeny } from './diagnose-explicit-deny';
import { diagnoseIncorrectAudience } from './diagnose-incorrect-audience';
import { diagnoseNodeRole } from './diagnose-node-role';
import { diagnosePodIdentityAbac } from './diagnose-pod-identity-abac';
import { diagnosePodIdentityIrsaRole } from './diagnose-pod-identity-irsa-role';
import { diagnosePodIdentityNoAssociation } from './diagnose-pod-identity-no-association';
import { diagnosePodIdentityTagSession } from './diagnose-pod-identity-tag-session';
import { fixDurationAboveMax } from './fix-duration-above-max';
import { fixMalformedRoleArn } from './fix-malformed-role-arn';
import { fixMissingListPermission } from './fix-missing-list-permission';
import { fixProviderClientId } from './fix-provider-client-id';
import { fixSubNamespace } from './fix-sub-namespace';
import { fixTokenAudience } from './fix-token-audience';
import { fixWildcardInStringEquals } from './fix-wildcard-in-string-equals';
import { predictAttackHs256 } from './predict-attack-hs256';
import { predictAttackNoSub } from './predict-attack-no-sub';
import { predictClockSkew } from './predict-clock-skew';
import { predictHappyPath } from './predict-happy-path';
import { predictMalformedRoleArn } from './predict-malformed-role-arn';
import { predictNoOidcProvider } from './predict-no-oidc-provider';
import { predictPodIdentityAgent } from './predict-pod-identity-agent';
import { predictPodIdentityAssociationDeleted } from './predict-pod-identity-association-deleted';
import { predictPodIdentityNodeRole } from './predict-pod-identity-node-role';
import { predictRotatedSigningKey } from './predict-rotated-signing-key';
import { predictTamperedExpired } from './predict-tampered-expired';
import { predictWrongAudience } from './predict-wrong-audience';
import { secureAnyNamespace } from './secure-any-namespace';
import { secureNamespaceWildcard } from './secure-namespace-wildcard';
import { secureNoSub } from './secure-no-sub';
import { secureSecondStatement } from './secure-second-statement';
import { secureTwoClusters } from './secure-two-clusters';
import type { Exercise, ExerciseGroup } from './types';

export const EXERCISES: readonly Exercise[] = [
  // Basics: predictions on the common failures.
  predictHappyPath,
  predictNoOidcProvider,
  predictMalformedRoleArn,
  predictWrongAudience,
  predictRotatedSigningKey,
  predictTamperedExpired,
  predictClockSkew,
  // Troubleshooting: from the error a user sees to its cause and fix.
  fixMalformedRoleArn,
  diagnoseNodeRole,
  fixMissingListPermission,
  diagnoseExplicitDeny,
  fixDurationAboveMax,
  diagnoseExpiredToken,
  fixSubNamespace,
  diagnoseIncorrectAudience,
  fixProviderClientId,
  fixTokenAudience,
  // Security: trust policies that trust too much.
  predictAttackNoSub,
  secureNoSub,
  secureNamespaceWildcard,
  fixWildcardInStringEquals,
  secureAnyNamespace,
  predictAttackHs256,
  secureSecondStatement,
  secureTwoClusters,
  // Pod Identity: its own hops and errors.
  predictPodIdentityAgent,
  diagnosePodIdentityNoAssociation,
  predictPodIdentityNodeRole,
  predictPodIdentityAssociationDeleted,
  diagnosePodIdentityIrsaRole,
  diagnosePodIdentityTagSession,
  diagnosePodIdentityAbac,
];

export const EXERCISE_GROUPS: { id: ExerciseGroup; label: string }[] = [
  { id: 'basics', label: 'Basics' },
  { id: 'troubleshooting', label: 'Troubleshooting' },
  { id: 'security', label: 'Security' },
  { id: 'pod-identity', label: 'Pod Identity' },
];

export type {
  Attacker,
  Cure,
  DiagnoseExercise,
  EditableField,
  EditExercise,
  Exercise,
  ExerciseGroup,
  ExerciseKind,
  Prediction,
  PredictExercise,
} from './types';
