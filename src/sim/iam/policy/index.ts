/** IAM policy parsing and evaluation for the simulator: the public surface. */
export type {
  ConditionBlock,
  ConditionResult,
  Decision,
  Effect,
  ParsePolicyResult,
  PolicyDocument,
  PolicyEvaluation,
  PolicyParseError,
  PolicyStatement,
  PrincipalType,
  RequestContext,
  StatementResult,
} from './types';
export { parsePolicy } from './parse-policy';
export { evaluatePolicies } from './evaluate-policies';
export { matchesWildcard } from './match-wildcard';
