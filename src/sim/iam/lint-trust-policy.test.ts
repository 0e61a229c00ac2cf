import { describe, expect, it } from 'vitest';
import { lintTrustPolicy } from './lint-trust-policy';
import { parsePolicy } from './policy';

const HOST = 'oidc.eks.us-west-2.amazonaws.com/id/5E1D2A3C4B6F7089A1B2C3D4E5F60718';
const PROVIDER = `arn:aws:iam::111122223333:oidc-provider/${HOST}`;

function trustPolicy(conditions: Record<string, string>) {
  const parsed = parsePolicy(
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: PROVIDER },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: conditions },
        },
      ],
    }),
  );
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('trust policy findings', () => {
  const onlySub = trustPolicy({ [`${HOST}:sub`]: 'system:serviceaccount:default:my-app' });

  it('a missing :aud condition is no hole while the provider lists only sts.amazonaws.com', () => {
    expect(lintTrustPolicy(onlySub, HOST, ['sts.amazonaws.com'])).toEqual([]);
    // Unknown client IDs (the token checker): nothing is claimed either way.
    expect(lintTrustPolicy(onlySub, HOST, null)).toEqual([]);
  });

  it('a missing :aud condition widens the role when the provider lists other client IDs', () => {
    const findings = lintTrustPolicy(onlySub, HOST, ['sts.amazonaws.com', 'my-web-app']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'risk' });
    expect(findings[0]!.message).toContain('"my-web-app"');
  });

  it('a missing :sub condition is the hole, whatever the client IDs', () => {
    const onlyAud = trustPolicy({ [`${HOST}:aud`]: 'sts.amazonaws.com' });
    const findings = lintTrustPolicy(onlyAud, HOST, ['sts.amazonaws.com']);
    expect(findings.map((f) => f.severity)).toEqual(['risk']);
    expect(findings[0]!.message).toContain(`no condition on ${HOST}:sub`);
  });

  it("judges only the statements for this issuer's provider: another cluster's statement is not a hole", () => {
    const other = 'oidc.eks.eu-west-1.amazonaws.com/id/0A1B2C3D4E5F60718293A4B5C6D7E8F9';
    const statement = (host: string) => ({
      Effect: 'Allow',
      Principal: { Federated: `arn:aws:iam::111122223333:oidc-provider/${host}` },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { [`${host}:sub`]: 'system:serviceaccount:default:my-app' } },
    });
    const parsed = parsePolicy(
      JSON.stringify({ Version: '2012-10-17', Statement: [statement(HOST), statement(other)] }),
    );
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(lintTrustPolicy(parsed.value, HOST, ['sts.amazonaws.com'])).toEqual([]);
    // The same statement for this issuer without its :sub key is the hole.
    const hole = trustPolicy({ [`${other}:sub`]: 'system:serviceaccount:default:my-app' });
    expect(lintTrustPolicy(hole, HOST, ['sts.amazonaws.com'])[0]?.message).toContain(
      'no condition on',
    );
  });
});
