import type { IdSource } from '../ids';
import { annotatedRoleArn } from '../names';
import type { Scenario } from '../scenario';
import {
  AUDIENCE_ANNOTATION,
  STS_REGIONAL_ENDPOINTS_ANNOTATION,
  TOKEN_EXPIRATION_ANNOTATION,
  type ServiceAccount,
} from './types';

const DEFAULT_AUDIENCE = 'sts.amazonaws.com';
const DEFAULT_TOKEN_EXPIRATION = 86400;

/**
 * The ServiceAccount annotated for IRSA. Optional annotations appear only when the scenario
 * departs from the webhook's defaults, as they would in a real manifest.
 */
export function createServiceAccount(scenario: Scenario, ids: IdSource): ServiceAccount {
  const { annotationKey } = scenario.wiring;
  const annotations: Record<string, string> =
    annotationKey === null ? {} : { [annotationKey]: annotatedRoleArn(scenario) };
  if (scenario.wiring.tokenAudience !== DEFAULT_AUDIENCE) {
    annotations[AUDIENCE_ANNOTATION] = scenario.wiring.tokenAudience;
  }
  if (scenario.wiring.stsEndpoint === 'global') {
    annotations[STS_REGIONAL_ENDPOINTS_ANNOTATION] = 'false';
  }
  if (scenario.tokenExpirationSeconds !== DEFAULT_TOKEN_EXPIRATION) {
    annotations[TOKEN_EXPIRATION_ANNOTATION] = String(scenario.tokenExpirationSeconds);
  }
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: {
      name: scenario.serviceAccountName,
      namespace: scenario.namespace,
      uid: ids.uuid(),
      annotations,
    },
  };
}
