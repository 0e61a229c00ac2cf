/** The Kubernetes objects the walkthrough shows, as plain JSON in manifest shape. */

export interface ObjectMeta {
  name: string;
  namespace: string;
  uid: string;
  annotations?: Record<string, string>;
}

/** The Node object a pod is bound to (what a 1.30+ token names in `kubernetes.io.node`). */
export interface NodeRef {
  name: string;
  uid: string;
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

/** One source of a projected volume (fields in the Go struct order the API server writes). */
export type VolumeProjection =
  | { serviceAccountToken: { audience?: string; expirationSeconds: number; path: string } }
  | { configMap: { name: string; items: { key: string; path: string }[] } }
  | {
      downwardAPI: {
        items: { path: string; fieldRef: { apiVersion: string; fieldPath: string } }[];
      };
    };

/**
 * A pod volume: a projected one (the webhook's `aws-iam-token`, the admission plugin's
 * `kube-api-access-…`) or, before Kubernetes 1.21, the ServiceAccount's token Secret.
 */
export interface Volume {
  name: string;
  projected?: { sources: VolumeProjection[]; defaultMode?: number };
  secret?: { secretName: string; defaultMode?: number };
}

export interface Pod {
  apiVersion: 'v1';
  kind: 'Pod';
  metadata: ObjectMeta;
  spec: {
    serviceAccountName: string;
    containers: Container[];
    /** Set by the scheduler when it binds the pod to a node; absent in the pod as written. */
    nodeName?: string;
    volumes?: Volume[];
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
/** "true" or "false": whether the webhook adds AWS_STS_REGIONAL_ENDPOINTS=regional (handler.go). */
export const STS_REGIONAL_ENDPOINTS_ANNOTATION = 'eks.amazonaws.com/sts-regional-endpoints';

export const TOKEN_VOLUME_NAME = 'aws-iam-token';
export const TOKEN_MOUNT_PATH = '/var/run/secrets/eks.amazonaws.com/serviceaccount';
export const TOKEN_FILE = `${TOKEN_MOUNT_PATH}/token`;
