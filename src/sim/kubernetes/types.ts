/** The Kubernetes objects the walkthrough shows, as plain JSON in manifest shape. */

export interface ObjectMeta {
  name: string;
  namespace: string;
  uid: string;
  annotations?: Record<string, string>;
}

export interface ServiceAccount {
  apiVersion: 'v1';
  kind: 'ServiceAccount';
  metadata: ObjectMeta;
}

export interface EnvVar {
  name: string;
  value: string;
}

export interface VolumeMount {
  name: string;
  readOnly: boolean;
  mountPath: string;
}

export interface Container {
  name: string;
  image: string;
  args?: string[];
  env?: EnvVar[];
  volumeMounts?: VolumeMount[];
}

export interface ProjectedTokenVolume {
  name: string;
  projected: {
    sources: {
      serviceAccountToken: { audience: string; expirationSeconds: number; path: string };
    }[];
  };
}

export interface Pod {
  apiVersion: 'v1';
  kind: 'Pod';
  metadata: ObjectMeta;
  spec: {
    serviceAccountName: string;
    containers: Container[];
    volumes?: ProjectedTokenVolume[];
  };
}

/** One RFC 6902 operation, as the webhook's AdmissionReview response carries it. */
export interface JsonPatchAdd {
  op: 'add';
  path: string;
  value: unknown;
}

/** Annotation keys the EKS pod-identity webhook reads (prefix `eks.amazonaws.com/`). */
export const ROLE_ARN_ANNOTATION = 'eks.amazonaws.com/role-arn';
export const AUDIENCE_ANNOTATION = 'eks.amazonaws.com/audience';
export const TOKEN_EXPIRATION_ANNOTATION = 'eks.amazonaws.com/token-expiration';

export const TOKEN_VOLUME_NAME = 'aws-iam-token';
export const TOKEN_MOUNT_PATH = '/var/run/secrets/eks.amazonaws.com/serviceaccount';
export const TOKEN_FILE = `${TOKEN_MOUNT_PATH}/token`;
