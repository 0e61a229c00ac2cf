/**
 * Shapes shared by the policy parser and evaluator. The parser normalizes AWS's
 * "string or array of strings" freedom into arrays so the evaluator has one case to handle.
 */
import type { ParseError, Parsed } from '../../parse-result';

/** What a statement does when it applies. */
export type Effect = 'Allow' | 'Deny';

/** A parsed, normalized policy statement: single values are turned into arrays. */
export interface PolicyStatement {
  sid?: string;
  effect: Effect;
  /** e.g. `{ Federated: ['arn:aws:iam::111122223333:oidc-provider/oidc.eks...'] }`, or `'*'`. */
  principal?: Record<string, string[]> | '*';
  notPrincipal?: Record<string, string[]> | '*';
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  /** One entry per (operator, key), in document order. */
  condition?: ConditionBlock[];
}

/** One condition test: an operator applied to one condition key. */
export interface ConditionBlock {
  /** As written, e.g. `ForAnyValue:StringLike`. */
  operator: string;
  /** As written; matched against request keys case-insensitively. */
  key: string;
  values: string[];
}

/** A parsed policy (the whole JSON document). */
export interface PolicyDocument {
  version?: string;
  statements: PolicyStatement[];
}

/**
 * Why a policy text was rejected: line and column for JSON syntax errors, else `path`, naming
 * the element, e.g. `Statement[0].Effect`.
 */
export interface PolicyParseError extends ParseError {
  path?: string;
}

/** The outcome of `parsePolicy`. */
export type ParsePolicyResult = Parsed<PolicyDocument, PolicyParseError>;

/** The kinds of principal the simulator can present. */
export type PrincipalType = 'Federated' | 'AWS' | 'Service';

/** The request being authorized. */
export interface RequestContext {
  /** For trust policies: who asks to assume the role. */
  principal?: { type: PrincipalType; id: string };
  /** e.g. `sts:AssumeRoleWithWebIdentity` or `s3:ListAllMyBuckets`. */
  action: string;
  /** e.g. `arn:aws:s3:::*`; trust-policy evaluation passes the role ARN or nothing. */
  resource?: string;
  /**
   * Condition keys present in the request, with their values; single-valued keys have
   * one element. Key names are compared case-insensitively.
   */
  keys: Record<string, string[]>;
}

/** How one condition block fared against the request. */
export interface ConditionResult {
  operator: string;
  key: string;
  expected: string[];
  /** `null` = key absent from the request. */
  actual: string[] | null;
  passed: boolean;
  /** One sentence a learner understands. */
  explanation: string;
}

/** How one statement fared against the request. */
export interface StatementResult {
  /** Which of the evaluated policies the statement belongs to (0-based). */
  policyIndex: number;
  /** The statement's position inside its policy (0-based). */
  index: number;
  sid?: string;
  effect: Effect;
  principalMatched: boolean;
  actionMatched: boolean;
  resourceMatched: boolean;
  /** Every condition is evaluated, even after one fails, so the UI can show them all. */
  conditions: ConditionResult[];
  /** The statement applies to this request (principal, action, resource and every condition matched). */
  applies: boolean;
}

/** IAM's three possible outcomes. */
export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/** The outcome of `evaluatePolicies`, with the per-statement detail behind it. */
export interface PolicyEvaluation {
  decision: Decision;
  statements: StatementResult[];
}
