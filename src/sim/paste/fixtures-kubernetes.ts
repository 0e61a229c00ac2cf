/**
 * Test fixtures: Kubernetes objects as `kubectl get … -o yaml|json` prints them for a cluster
 * using IRSA (ServiceAccount `my-app` in `prod`, role `my-app-role` in account 111122223333).
 * Imported by tests only.
 */

/** `kubectl get serviceaccount my-app -n prod -o yaml --show-managed-fields`, after `kubectl apply`. */
export const SERVICE_ACCOUNT_YAML = `apiVersion: v1
kind: ServiceAccount
metadata:
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::111122223333:role/my-app-role
    eks.amazonaws.com/sts-regional-endpoints: "true"
    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"v1","kind":"ServiceAccount","metadata":{"annotations":{"eks.amazonaws.com/role-arn":"arn:aws:iam::111122223333:role/my-app-role","eks.amazonaws.com/sts-regional-endpoints":"true"},"name":"my-app","namespace":"prod"}}
  creationTimestamp: "2025-03-14T09:26:53Z"
  managedFields:
  - apiVersion: v1
    fieldsType: FieldsV1
    fieldsV1:
      f:metadata:
        f:annotations:
          .: {}
          f:eks.amazonaws.com/role-arn: {}
          f:eks.amazonaws.com/sts-regional-endpoints: {}
          f:kubectl.kubernetes.io/last-applied-configuration: {}
    manager: kubectl-client-side-apply
    operation: Update
    time: "2025-03-14T09:26:53Z"
  name: my-app
  namespace: prod
  resourceVersion: "48213"
  uid: 3f6c1a52-8d0e-4b7f-9a61-2c5e0d7b9f14
`;

/** A generated manifest file: the ServiceAccount, then the Deployment that uses it. */
export const SERVICE_ACCOUNT_THEN_DEPLOYMENT_YAML = `---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: my-app
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::111122223333:role/my-app-role
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: my-app
  namespace: prod
spec:
  replicas: 2
  selector:
    matchLabels:
      app: my-app
  template:
    metadata:
      labels:
        app: my-app
    spec:
      serviceAccountName: my-app
      containers:
      - name: app
        image: public.ecr.aws/aws-cli/aws-cli:2.15.30
        command: ["aws", "s3", "ls"]
`;

/**
 * \`kubectl get pod my-app-7d9c8b6f5c-x2k8p -n prod -o yaml\`: the pod as the
 * amazon-eks-pod-identity-webhook left it (five env variables, the \`aws-iam-token\` volume),
 * beside the API server's own \`kube-api-access-*\` volume, and its status.
 */
export const MUTATED_POD_YAML = `apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: "2025-03-14T09:31:07Z"
  generateName: my-app-7d9c8b6f5c-
  labels:
    app: my-app
    pod-template-hash: 7d9c8b6f5c
  name: my-app-7d9c8b6f5c-x2k8p
  namespace: prod
  ownerReferences:
  - apiVersion: apps/v1
    blockOwnerDeletion: true
    controller: true
    kind: ReplicaSet
    name: my-app-7d9c8b6f5c
    uid: 0b4f3c8e-5a1d-4e92-8f6b-7c2d1e9a3b05
  resourceVersion: "48390"
  uid: a8e2d6f1-3c4b-4d5e-9f70-1b2c3d4e5f60
spec:
  containers:
  - env:
    - name: AWS_STS_REGIONAL_ENDPOINTS
      value: regional
    - name: AWS_DEFAULT_REGION
      value: us-west-2
    - name: AWS_REGION
      value: us-west-2
    - name: AWS_ROLE_ARN
      value: arn:aws:iam::111122223333:role/my-app-role
    - name: AWS_WEB_IDENTITY_TOKEN_FILE
      value: /var/run/secrets/eks.amazonaws.com/serviceaccount/token
    image: public.ecr.aws/aws-cli/aws-cli:2.15.30
    imagePullPolicy: IfNotPresent
    name: app
    resources: {}
    securityContext:
      runAsNonRoot: true
      runAsUser: 1000
    terminationMessagePath: /dev/termination-log
    terminationMessagePolicy: File
    volumeMounts:
    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
      name: kube-api-access-7xk2m
      readOnly: true
    - mountPath: /var/run/secrets/eks.amazonaws.com/serviceaccount
      name: aws-iam-token
      readOnly: true
  dnsPolicy: ClusterFirst
  enableServiceLinks: true
  nodeName: ip-192-168-12-34.us-west-2.compute.internal
  preemptionPolicy: PreemptLowerPriority
  priority: 0
  restartPolicy: Always
  schedulerName: default-scheduler
  securityContext:
    fsGroup: 65534
  serviceAccount: my-app
  serviceAccountName: my-app
  terminationGracePeriodSeconds: 30
  tolerations:
  - effect: NoExecute
    key: node.kubernetes.io/not-ready
    operator: Exists
    tolerationSeconds: 300
  - effect: NoExecute
    key: node.kubernetes.io/unreachable
    operator: Exists
    tolerationSeconds: 300
  volumes:
  - name: aws-iam-token
    projected:
      defaultMode: 420
      sources:
      - serviceAccountToken:
          audience: sts.amazonaws.com
          expirationSeconds: 86400
          path: token
  - name: kube-api-access-7xk2m
    projected:
      defaultMode: 420
      sources:
      - serviceAccountToken:
          expirationSeconds: 3607
          path: token
      - configMap:
          items:
          - key: ca.crt
            path: ca.crt
          name: kube-root-ca.crt
      - downwardAPI:
          items:
          - fieldRef:
              apiVersion: v1
              fieldPath: metadata.namespace
            path: namespace
status:
  conditions:
  - lastProbeTime: null
    lastTransitionTime: "2025-03-14T09:31:07Z"
    status: "True"
    type: Initialized
  - lastProbeTime: null
    lastTransitionTime: "2025-03-14T09:31:12Z"
    status: "True"
    type: Ready
  - lastProbeTime: null
    lastTransitionTime: "2025-03-14T09:31:12Z"
    status: "True"
    type: ContainersReady
  - lastProbeTime: null
    lastTransitionTime: "2025-03-14T09:31:07Z"
    status: "True"
    type: PodScheduled
  containerStatuses:
  - containerID: containerd://5c0b7f0e2d9a4b6c8e1f3a5b7c9d0e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d
    image: public.ecr.aws/aws-cli/aws-cli:2.15.30
    imageID: public.ecr.aws/aws-cli/aws-cli@sha256:3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a
    lastState: {}
    name: app
    ready: true
    restartCount: 0
    started: true
    state:
      running:
        startedAt: "2025-03-14T09:31:12Z"
  hostIP: 192.168.12.34
  phase: Running
  podIP: 192.168.15.201
  podIPs:
  - ip: 192.168.15.201
  qosClass: BestEffort
  startTime: "2025-03-14T09:31:07Z"
`;

/** The same pod as \`kubectl get pod … -o json\` prints it (4-space indent, fields in struct order). */
export const MUTATED_POD_JSON = `{
    "apiVersion": "v1",
    "kind": "Pod",
    "metadata": {
        "creationTimestamp": "2025-03-14T09:31:07Z",
        "generateName": "my-app-7d9c8b6f5c-",
        "labels": {
            "app": "my-app",
            "pod-template-hash": "7d9c8b6f5c"
        },
        "name": "my-app-7d9c8b6f5c-x2k8p",
        "namespace": "prod",
        "ownerReferences": [
            {
                "apiVersion": "apps/v1",
                "blockOwnerDeletion": true,
                "controller": true,
                "kind": "ReplicaSet",
                "name": "my-app-7d9c8b6f5c",
                "uid": "0b4f3c8e-5a1d-4e92-8f6b-7c2d1e9a3b05"
            }
        ],
        "resourceVersion": "48390",
        "uid": "a8e2d6f1-3c4b-4d5e-9f70-1b2c3d4e5f60"
    },
    "spec": {
        "containers": [
            {
                "env": [
                    { "name": "AWS_STS_REGIONAL_ENDPOINTS", "value": "regional" },
                    { "name": "AWS_DEFAULT_REGION", "value": "us-west-2" },
                    { "name": "AWS_REGION", "value": "us-west-2" },
                    { "name": "AWS_ROLE_ARN", "value": "arn:aws:iam::111122223333:role/my-app-role" },
                    { "name": "AWS_WEB_IDENTITY_TOKEN_FILE", "value": "/var/run/secrets/eks.amazonaws.com/serviceaccount/token" },
                    { "name": "POD_NAME", "valueFrom": { "fieldRef": { "apiVersion": "v1", "fieldPath": "metadata.name" } } }
                ],
                "image": "public.ecr.aws/aws-cli/aws-cli:2.15.30",
                "name": "app",
                "volumeMounts": [
                    { "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount", "name": "kube-api-access-7xk2m", "readOnly": true },
                    { "mountPath": "/var/run/secrets/eks.amazonaws.com/serviceaccount", "name": "aws-iam-token", "readOnly": true }
                ]
            }
        ],
        "serviceAccount": "my-app",
        "serviceAccountName": "my-app",
        "volumes": [
            {
                "name": "aws-iam-token",
                "projected": {
                    "defaultMode": 420,
                    "sources": [
                        { "serviceAccountToken": { "audience": "sts.amazonaws.com", "expirationSeconds": 86400, "path": "token" } }
                    ]
                }
            },
            {
                "name": "kube-api-access-7xk2m",
                "projected": {
                    "defaultMode": 420,
                    "sources": [
                        { "serviceAccountToken": { "expirationSeconds": 3607, "path": "token" } },
                        { "configMap": { "items": [{ "key": "ca.crt", "path": "ca.crt" }], "name": "kube-root-ca.crt" } }
                    ]
                }
            }
        ]
    },
    "status": {
        "phase": "Running",
        "qosClass": "BestEffort",
        "startTime": "2025-03-14T09:31:07Z"
    }
}
`;
