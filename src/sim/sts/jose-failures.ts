import { errors } from 'jose';
import type { Hop, SimError } from '../result';
import { stsErrors } from './errors';

/**
 * What STS answers when jose refuses a token before its claims: the algorithm, the key lookup
 * by `kid`, or the signature. Null for any other error. Shared by step 3 and the token checker.
 */
export function keyOrSignatureFailure(
  e: unknown,
  hop: Hop,
): { failedAt: 'alg' | 'kid' | 'signature'; error: SimError } | null {
  if (e instanceof errors.JOSEAlgNotAllowed)
    return { failedAt: 'alg', error: stsErrors.algorithmNotAllowed(hop) };
  if (e instanceof errors.JWKSNoMatchingKey || e instanceof errors.JWKSMultipleMatchingKeys) {
    return { failedAt: 'kid', error: stsErrors.verificationKeyNotFound(hop) };
  }
  if (e instanceof errors.JWSSignatureVerificationFailed)
    return { failedAt: 'signature', error: stsErrors.signatureInvalid(hop) };
  return null;
}
