import { hmacSha256 } from './hash';

/**
 * Derives the signing key (task 3): HMAC chain 'AWS4'+secret -> date -> region -> service ->
 * 'aws4_request'. The secret itself never signs anything, so a leaked key is bounded to one
 * day, region and service.
 */
export async function deriveSigningKey(
  secretAccessKey: string,
  date: string,
  region: string,
  service: string,
): Promise<Uint8Array> {
  const kDate = await hmacSha256(`AWS4${secretAccessKey}`, date);
  const kRegion = await hmacSha256(kDate, region);
  const kService = await hmacSha256(kRegion, service);
  return hmacSha256(kService, 'aws4_request');
}
