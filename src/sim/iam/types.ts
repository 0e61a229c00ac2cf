/** IAM resources of the simulated account, as plain JSON. */

/** An IAM OIDC identity provider, shaped like GetOpenIDConnectProvider's answer plus its ARN. */
export interface OidcProvider {
  Arn: string;
  /** The issuer without `https://` (IAM stores it that way). */
  Url: string;
  ClientIDList: string[];
  ThumbprintList: string[];
}

export interface Role {
  RoleName: string;
  Arn: string;
  /** The role's unique id: `AROA` + 17 characters. */
  RoleId: string;
  MaxSessionDuration: number;
  /** Trust policy JSON text, as the user sees and edits it. */
  AssumeRolePolicyDocument: string;
  /** The role's inline permission policy JSON text. */
  PermissionPolicy: string;
}

/** An IAM user with one long-term access key (what static keys in a pod spec belong to). */
export interface User {
  UserName: string;
  Arn: string;
  /** The user's unique id: `AIDA` + 17 characters. */
  UserId: string;
  /** Long-term access key ids start with `AKIA` (temporary ones with `ASIA`). */
  AccessKeyId: string;
  SecretAccessKey: string;
  /** The user's inline permission policy JSON text. */
  PermissionPolicy: string;
}

export interface IamAccount {
  accountId: string;
  oidcProviders: OidcProvider[];
  roles: Role[];
  users: User[];
}
