import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../content/scenarios';
import { deterministicEnvironment } from '../sim';
import { prepareWorld } from '../sim/engine';
import { policyTextError, RFC7515_A2_TOKEN, rolePolicies, tokenTextError } from './lab';
import { scenarioFor } from './scenarios';

describe('lab', () => {
  it.each(CATALOGUE.map((e) => [e.id, e] as const))(
    '%s: the editor shows the policies Setup gives the role',
    async (_id, entry) => {
      const scenario = scenarioFor(entry.changes);
      const world = await prepareWorld(scenario, deterministicEnvironment());
      const role = world.iam.roles[0]!;
      expect(rolePolicies(scenario)).toEqual({
        trust: role.AssumeRolePolicyDocument,
        permission: role.PermissionPolicy,
      });
    },
  );

  it('says where invalid JSON breaks once, then what is wrong', () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow" "Action": "s3:*"}]}';
    const error = policyTextError(text)!;
    expect(error).toMatch(/^Line 1, column 60: Expected ',' or '}'/);
    expect(error.match(/line/gi)).toHaveLength(1);
  });

  it('names a policy error without a position', () => {
    expect(policyTextError('[]')).toMatch(/^A policy is a JSON object/);
    expect(policyTextError('{"Version": "2012-10-17", "Statement": []}')).toBe(
      'Statement is an empty array: add at least one statement.',
    );
  });

  it('counts lines from 1 and says the position in the words the e2e tests read', () => {
    expect(policyTextError('{\n  "Statement": [],\n}')).toBe(
      'Line 3, column 1: Trailing comma: JSON does not allow a comma before }.',
    );
  });

  it('says why a text is not a token, and nothing for one that is', () => {
    expect(tokenTextError(RFC7515_A2_TOKEN)).toBeNull();
    expect(tokenTextError('a.b')).toBe(
      'A JWT has three parts separated by dots (header.payload.signature); this text has 2.',
    );
  });
});
