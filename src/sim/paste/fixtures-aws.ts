/**
 * Test fixtures: `aws eks` and `aws iam` output as the CLI v2 prints it for the same cluster
 * (`my-cluster` in us-west-2, account 111122223333). Imported by tests only.
 */

export const ISSUER_HOST_PATH =
  'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';

/** `aws eks describe-cluster --name my-cluster`. */
export const DESCRIBE_CLUSTER_JSON = `{
    "cluster": {
        "name": "my-cluster",
        "arn": "arn:aws:eks:us-west-2:111122223333:cluster/my-cluster",
        "createdAt": "2024-03-14T11:31:44.348000-04:00",
        "version": "1.31",
        "endpoint": "https://EXAMPLE0A04F01705DD065655C30CC3D.yl4.us-west-2.eks.amazonaws.com",
        "roleArn": "arn:aws:iam::111122223333:role/eksctl-my-cluster-cluster-ServiceRole-zMF6CBakwwbW",
        "resourcesVpcConfig": {
            "subnetIds": ["subnet-0fb75d2d8401716e7", "subnet-02184492f67a3d0f9"],
            "securityGroupIds": ["sg-0c1327f6270afbb36"],
            "clusterSecurityGroupId": "sg-01c84d09d70f39a7f",
            "vpcId": "vpc-0012b8e1cc0abb17d",
            "endpointPublicAccess": true,
            "endpointPrivateAccess": true,
            "publicAccessCidrs": ["0.0.0.0/0"]
        },
        "kubernetesNetworkConfig": {
            "serviceIpv4Cidr": "10.100.0.0/16",
            "ipFamily": "ipv4"
        },
        "logging": {
            "clusterLogging": [
                { "types": ["api", "audit", "authenticator", "controllerManager", "scheduler"], "enabled": false }
            ]
        },
        "identity": {
            "oidc": {
                "issuer": "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"
            }
        },
        "status": "ACTIVE",
        "certificateAuthority": {
            "data": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURCVENDQWUyZ0F3SUJBZ0lJRXhBTVBMRQo="
        },
        "platformVersion": "eks.7",
        "tags": {},
        "health": { "issues": [] },
        "accessConfig": { "authenticationMode": "API_AND_CONFIG_MAP" },
        "upgradePolicy": { "supportType": "EXTENDED" }
    }
}
`;

/** The same with `--output yaml`: the same keys, strings that look like numbers or dates quoted. */
export const DESCRIBE_CLUSTER_YAML = `cluster:
  accessConfig:
    authenticationMode: API_AND_CONFIG_MAP
  arn: arn:aws:eks:us-west-2:111122223333:cluster/my-cluster
  certificateAuthority:
    data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURCVENDQWUyZ0F3SUJBZ0lJRXhBTVBMRQo=
  createdAt: '2024-03-14T11:31:44.348000-04:00'
  endpoint: https://EXAMPLE0A04F01705DD065655C30CC3D.yl4.us-west-2.eks.amazonaws.com
  health:
    issues: []
  identity:
    oidc:
      issuer: https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE
  kubernetesNetworkConfig:
    ipFamily: ipv4
    serviceIpv4Cidr: 10.100.0.0/16
  name: my-cluster
  platformVersion: eks.7
  roleArn: arn:aws:iam::111122223333:role/eksctl-my-cluster-cluster-ServiceRole-zMF6CBakwwbW
  status: ACTIVE
  tags: {}
  version: '1.31'
`;

/** `aws iam list-open-id-connect-providers`: this cluster's provider and GitHub Actions'. */
export const LIST_OIDC_PROVIDERS_JSON = `{
    "OpenIDConnectProviderList": [
        {
            "Arn": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"
        },
        {
            "Arn": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"
        }
    ]
}
`;

/** `aws iam get-open-id-connect-provider --open-id-connect-provider-arn …` for the cluster's provider. */
export const GET_OIDC_PROVIDER_JSON = `{
    "Url": "oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE",
    "ClientIDList": [
        "sts.amazonaws.com"
    ],
    "ThumbprintList": [
        "9e99a48a9960b14926bb7f3b02e22da2b0ab7280"
    ],
    "CreateDate": "2024-03-14T15:52:11.592000+00:00",
    "Tags": [
        {
            "Key": "alpha.eksctl.io/cluster-name",
            "Value": "my-cluster"
        }
    ]
}
`;

/** An account with no OIDC provider at all. */
export const EMPTY_OIDC_PROVIDERS_JSON = `{
    "OpenIDConnectProviderList": []
}
`;

const TRUST_POLICY = `{
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": {
                            "Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"
                        },
                        "Action": "sts:AssumeRoleWithWebIdentity",
                        "Condition": {
                            "StringEquals": {
                                "oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub": "system:serviceaccount:prod:my-app",
                                "oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud": "sts.amazonaws.com"
                            }
                        }
                    }
                ]
            }`;

/** The trust policy URL-encoded, as the raw IAM API (and some SDKs) return it. */
export const TRUST_POLICY_URL_ENCODED =
  '%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22Federated%22%3A%22arn%3Aaws%3Aiam%3A%3A111122223333%3Aoidc-provider%2Foidc.eks.us-west-2.amazonaws.com%2Fid%2FEXAMPLED539D4633E53DE1B71EXAMPLE%22%7D%2C%22Action%22%3A%22sts%3AAssumeRoleWithWebIdentity%22%2C%22Condition%22%3A%7B%22StringEquals%22%3A%7B%22oidc.eks.us-west-2.amazonaws.com%2Fid%2FEXAMPLED539D4633E53DE1B71EXAMPLE%3Asub%22%3A%22system%3Aserviceaccount%3Aprod%3Amy-app%22%2C%22oidc.eks.us-west-2.amazonaws.com%2Fid%2FEXAMPLED539D4633E53DE1B71EXAMPLE%3Aaud%22%3A%22sts.amazonaws.com%22%7D%7D%7D%5D%7D';

function getRole(document: string): string {
  return `{
    "Role": {
        "Path": "/",
        "RoleName": "my-app-role",
        "RoleId": "AROA1234567890EXAMPLE",
        "Arn": "arn:aws:iam::111122223333:role/my-app-role",
        "CreateDate": "2024-03-14T16:02:45+00:00",
        "AssumeRolePolicyDocument": ${document},
        "Description": "IRSA role for my-app in prod",
        "MaxSessionDuration": 3600,
        "RoleLastUsed": {
            "LastUsedDate": "2025-03-14T09:40:02+00:00",
            "Region": "us-west-2"
        }
    }
}
`;
}

/** `aws iam get-role --role-name my-app-role`. */
export const GET_ROLE_JSON = getRole(TRUST_POLICY);

/** The same response with the document as the raw API returns it. */
export const GET_ROLE_URL_ENCODED_JSON = getRole(`"${TRUST_POLICY_URL_ENCODED}"`);

/** `aws iam get-role --role-name my-app-role --output yaml`. */
export const GET_ROLE_YAML = `Role:
  Arn: arn:aws:iam::111122223333:role/my-app-role
  AssumeRolePolicyDocument:
    Statement:
    - Action: sts:AssumeRoleWithWebIdentity
      Condition:
        StringEquals:
          oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud: sts.amazonaws.com
          oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub: system:serviceaccount:prod:my-app
      Effect: Allow
      Principal:
        Federated: arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE
    Version: '2012-10-17'
  CreateDate: '2024-03-14T16:02:45+00:00'
  Description: IRSA role for my-app in prod
  MaxSessionDuration: 3600
  Path: /
  RoleId: AROA1234567890EXAMPLE
  RoleLastUsed:
    LastUsedDate: '2025-03-14T09:40:02+00:00'
    Region: us-west-2
  RoleName: my-app-role
`;

/** `aws iam get-role-policy --role-name my-app-role --policy-name list-buckets`. */
export const GET_ROLE_POLICY_JSON = `{
    "RoleName": "my-app-role",
    "PolicyName": "list-buckets",
    "PolicyDocument": {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": "s3:ListAllMyBuckets",
                "Resource": "*"
            }
        ]
    }
}
`;

/** `aws iam get-policy-version --policy-arn arn:aws:iam::111122223333:policy/my-app-s3 --version-id v3`. */
export const GET_POLICY_VERSION_JSON = `{
    "PolicyVersion": {
        "Document": {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "ListAll",
                    "Effect": "Allow",
                    "Action": ["s3:ListAllMyBuckets", "s3:GetBucketLocation"],
                    "Resource": "*"
                }
            ]
        },
        "VersionId": "v3",
        "IsDefaultVersion": true,
        "CreateDate": "2024-11-02T08:15:37+00:00"
    }
}
`;

/** `aws eks describe-pod-identity-association --cluster-name my-cluster --association-id a-…`. */
export const DESCRIBE_POD_IDENTITY_ASSOCIATION_JSON = `{
    "association": {
        "clusterName": "my-cluster",
        "namespace": "prod",
        "serviceAccount": "my-app",
        "roleArn": "arn:aws:iam::111122223333:role/my-app-pod-identity",
        "associationArn": "arn:aws:eks:us-west-2:111122223333:podidentityassociation/my-cluster/a-9njjin9gfghecgocd",
        "associationId": "a-9njjin9gfghecgocd",
        "tags": {},
        "createdAt": "2024-11-20T18:24:11.592000+00:00",
        "modifiedAt": "2024-11-20T18:24:11.592000+00:00",
        "disableSessionTags": false
    }
}
`;
