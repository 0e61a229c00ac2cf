/**
 * Test-only: runs aws4_testsuite cases (stated as literals in the *.test.ts files) through the
 * signer and through the verifier's path, asserting every intermediate string exactly.
 */
import { describe, expect, it } from 'vitest';
import { canonicalRequest } from './canonical-request';
import { parseAuthorization } from './parse-authorization';
import { signRequest } from './sign-request';
import { stringToSign } from './string-to-sign';
import type { SigV4Credentials, SigV4Options, SigV4Request } from './types';

/** One case of the suite: the request and what AWS expects at each step. */
export interface SuiteCase {
  name: string;
  request: SigV4Request;
  sessionToken?: string;
  canonicalRequest: string;
  stringToSign: string;
  authorization: string;
}

/** The suite's fixed inputs (its README). */
export const SUITE_CREDENTIALS: SigV4Credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
export const SUITE_OPTIONS: SigV4Options = {
  region: 'us-east-1',
  service: 'service',
  amzDate: '20150830T123600Z',
  normalizePath: true,
};
export const SUITE_SCOPE = '20150830/us-east-1/service/aws4_request';

/** Declares one `it` per case. */
export function describeSuite(title: string, cases: SuiteCase[]): void {
  describe(title, () => {
    it.each(cases)('$name: signer output matches AWS exactly', async (c) => {
      const creds = { ...SUITE_CREDENTIALS, sessionToken: c.sessionToken };
      const result = await signRequest(c.request, creds, SUITE_OPTIONS);
      expect(result.canonicalRequest).toBe(c.canonicalRequest);
      expect(result.stringToSign).toBe(c.stringToSign);
      expect(result.authorization).toBe(c.authorization);
      expect(result.credentialScope).toBe(SUITE_SCOPE);
    });

    it.each(cases)('$name: a verifier rebuilds the same strings from the header', async (c) => {
      const parsed = parseAuthorization(c.authorization);
      expect(parsed).not.toBeNull();
      const creq = await canonicalRequest(c.request, SUITE_OPTIONS, parsed!.signedHeaders);
      expect(creq).toBe(c.canonicalRequest);
      expect(await stringToSign(SUITE_OPTIONS.amzDate, SUITE_SCOPE, creq)).toBe(c.stringToSign);
    });
  });
}
