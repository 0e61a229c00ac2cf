import { sha256Hex } from './hash';
import { ALGORITHM } from './types';

/** Builds the string to sign (task 2): algorithm, request time, scope, hash of the canonical request. */
export async function stringToSign(
  amzDate: string,
  credentialScope: string,
  canonicalRequest: string,
): Promise<string> {
  return [ALGORITHM, amzDate, credentialScope, await sha256Hex(canonicalRequest)].join('\n');
}

/** 'YYYYMMDD/region/service/aws4_request': which day, place and service the key is good for. */
export function credentialScopeOf(date: string, region: string, service: string): string {
  return `${date}/${region}/${service}/aws4_request`;
}
