import { isoSeconds } from '../clock';
import type { HttpRequest } from '../http';
import { s3Host } from '../names';
import type { World } from '../prepare-world';
import type { Check } from '../result';
import type { RunEnvironment } from '../run-environment';
import { EMPTY_PAYLOAD_SHA256, signRequest, type SigV4Request, type SigV4Result } from '../sigv4';
import type { PodToS3Step, StsToPodStep } from '../steps';
import { xmlElementText } from '../sts/responses';
import { handleListBuckets } from './handle-list-buckets';

/**
 * What the SDK reads from the answer it got: STS's XML, or IMDS's JSON when the pod fell back
 * to the node role. Parsed from the response body shown, not taken from our own records.
 */
function readCredentials(issued: StsToPodStep): {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
} {
  // Static keys from the environment: the SDK read them there, nothing was answered.
  if (!issued.response)
    return {
      accessKeyId: issued.credentials?.AccessKeyId ?? '',
      secretAccessKey: issued.credentials?.SecretAccessKey ?? '',
      sessionToken: '',
    };
  const body = issued.response.body;
  if (issued.imdsRequest) {
    try {
      const json = JSON.parse(body) as {
        AccessKeyId?: string;
        SecretAccessKey?: string;
        Token?: string;
      };
      return {
        accessKeyId: json.AccessKeyId ?? '',
        secretAccessKey: json.SecretAccessKey ?? '',
        sessionToken: json.Token ?? '',
      };
    } catch {
      return { accessKeyId: '', secretAccessKey: '', sessionToken: '' };
    }
  }
  return {
    accessKeyId: xmlElementText(body, 'AccessKeyId') ?? '',
    secretAccessKey: xmlElementText(body, 'SecretAccessKey') ?? '',
    sessionToken: xmlElementText(body, 'SessionToken') ?? '',
  };
}

/** `20261128T120000Z`: the x-amz-date form of an instant. */
export function amzDate(date: Date): string {
  return isoSeconds(date).replace(/[-:]/g, '');
}

/**
 * `GET /` (ListBuckets) as the SDK signs it with SigV4 for service `s3`: x-amz-content-sha256
 * and, with temporary credentials, x-amz-security-token are signed headers. Both flows' pods
 * call S3 this way.
 */
export async function signListBuckets(
  region: string,
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken: string },
  now: Date,
  sendToken = true,
): Promise<{ request: HttpRequest; signing: SigV4Result }> {
  const unsigned: SigV4Request = {
    method: 'GET',
    path: '/',
    query: [],
    headers: [
      ['Host', s3Host(region)],
      ['X-Amz-Date', amzDate(now)],
      ['X-Amz-Content-SHA256', EMPTY_PAYLOAD_SHA256],
      ...(sendToken
        ? [['X-Amz-Security-Token', credentials.sessionToken] as [string, string]]
        : []),
    ],
    body: '',
  };
  const signing = await signRequest(unsigned, credentials, {
    region,
    service: 's3',
    amzDate: amzDate(now),
    normalizePath: false,
    payloadHash: EMPTY_PAYLOAD_SHA256,
  });
  return {
    request: {
      method: 'GET',
      target: '/',
      headers: [...unsigned.headers, ['Authorization', signing.authorization]],
      body: '',
    },
    signing,
  };
}

/**
 * Step 6. The SDK reads the credentials out of STS's XML, signs `GET /` (ListBuckets) with SigV4
 * for service `s3` (x-amz-security-token and x-amz-content-sha256 are signed headers), and S3
 * recomputes the signature and authorizes the call against the role's permission policy.
 */
export async function listBuckets(
  world: World,
  issued: StsToPodStep,
  env: RunEnvironment,
): Promise<PodToS3Step> {
  const now = env.clock.now();
  const region = world.scenario.region;
  const credentials = readCredentials(issued);
  // Long-term keys have no session token, so there is no header to send.
  const sendToken = world.scenario.wiring.s3SessionTokenSent && credentials.sessionToken !== '';
  const { request, signing } = await signListBuckets(region, credentials, now, sendToken);
  const answer = await handleListBuckets(world, issued, request, env);
  const bucketNames =
    answer.response.status === 200
      ? [...answer.response.body.matchAll(/<Name>([^<]*)<\/Name>/g)].map((m) => m[1] ?? '')
      : [];
  const checks: Check[] = answer.checks;
  return { ...answer, request, signing, bucketNames, checks };
}
