import { expect, type Locator, type Page } from '@playwright/test';

/**
 * What an engineer pastes, as the tools print it: `kubectl get … -o yaml` and the AWS CLI's JSON
 * (four-space indent). One broken set: the ServiceAccount `api` in `payments` asks for the role
 * `payments-api`, whose trust policy names the namespace `default`.
 */
const OIDC = 'oidc.eks.us-west-2.amazonaws.com/id/5E1D2A3C4B6F7089A1B2C3D4E5F60718';

export const SERVICE_ACCOUNT_YAML = `apiVersion: v1
kind: ServiceAccount
metadata:
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::111122223333:role/payments-api
  creationTimestamp: "2026-11-20T09:14:03Z"
  name: api
  namespace: payments
  resourceVersion: "48213"
  uid: 6f0c5a3e-2b8d-4c1e-9a7f-3d5e8b1c2a40
`;

export const GET_ROLE_JSON = `{
    "Role": {
        "Path": "/",
        "RoleName": "payments-api",
        "RoleId": "AROARZ7EXAMPLE7YQHDS4",
        "Arn": "arn:aws:iam::111122223333:role/payments-api",
        "CreateDate": "2026-11-20T09:10:41+00:00",
        "AssumeRolePolicyDocument": {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {
                        "Federated": "arn:aws:iam::111122223333:oidc-provider/${OIDC}"
                    },
                    "Action": "sts:AssumeRoleWithWebIdentity",
                    "Condition": {
                        "StringEquals": {
                            "${OIDC}:sub": "system:serviceaccount:default:api",
                            "${OIDC}:aud": "sts.amazonaws.com"
                        }
                    }
                }
            ]
        },
        "MaxSessionDuration": 3600,
        "RoleLastUsed": {}
    }
}
`;

export const DESCRIBE_CLUSTER_JSON = `{
    "cluster": {
        "name": "payments",
        "arn": "arn:aws:eks:us-west-2:111122223333:cluster/payments",
        "createdAt": "2026-11-01T08:00:00.000000+00:00",
        "version": "1.31",
        "endpoint": "https://5E1D2A3C4B6F7089A1B2C3D4E5F60718.gr7.us-west-2.eks.amazonaws.com",
        "roleArn": "arn:aws:iam::111122223333:role/eksClusterRole",
        "resourcesVpcConfig": {
            "subnetIds": [
                "subnet-0a1b2c3d4e5f60718",
                "subnet-0f1e2d3c4b5a69788"
            ],
            "securityGroupIds": [],
            "clusterSecurityGroupId": "sg-0123456789abcdef0",
            "vpcId": "vpc-0123456789abcdef0",
            "endpointPublicAccess": true,
            "endpointPrivateAccess": true,
            "publicAccessCidrs": [
                "0.0.0.0/0"
            ]
        },
        "kubernetesNetworkConfig": {
            "serviceIpv4Cidr": "10.100.0.0/16",
            "ipFamily": "ipv4"
        },
        "identity": {
            "oidc": {
                "issuer": "https://${OIDC}"
            }
        },
        "status": "ACTIVE",
        "certificateAuthority": {
            "data": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKY201bGRHVnpNQjRYRFRJMk1URXdNVEE0TURBd01Gb1hEVE0yTVRBeU9UQTRNREF3TUZvd0ZURVRNQkVHQTFVRQo="
        },
        "platformVersion": "eks.8",
        "tags": {},
        "accessConfig": {
            "authenticationMode": "API_AND_CONFIG_MAP"
        }
    }
}
`;

/** A pod, where a ServiceAccount belongs: the wrong paste. */
export const POD_YAML = `apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: "2026-11-20T09:20:11Z"
  labels:
    app: api
  name: api-7d9c6b5f4d-x2x8q
  namespace: payments
spec:
  containers:
  - image: public.ecr.aws/aws-cli/aws-cli:2.22.0
    name: api
  serviceAccountName: api
status:
  phase: Running
`;

/** Page object for `#/diagnose`: the fields by their labels, the buttons, the verdict. */
export class DiagnosePage {
  readonly diagnoseButton: Locator;
  readonly clearAll: Locator;
  /** The verdict box of the last run (absent before a run and when a paste stopped it). */
  readonly verdict: Locator;

  constructor(readonly page: Page) {
    this.diagnoseButton = page.getByRole('button', { name: 'Diagnose', exact: true });
    this.clearAll = page.getByRole('button', { name: 'Clear all' });
    this.verdict = page.locator('[data-verdict]');
  }

  async open(fragment = '#/diagnose?seed=demo'): Promise<void> {
    await this.page.goto(`./${fragment}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Diagnose your setup');
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async paste(label: string, text: string): Promise<void> {
    await this.field(label).fill(text);
  }

  /** Press Diagnose and wait until the run is over ("Diagnosing…" gone). */
  async run(): Promise<void> {
    await this.diagnoseButton.click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Diagnosing' })).toHaveCount(0);
  }
}
