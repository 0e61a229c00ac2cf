/**
 * Reads a role (`aws iam get-role`) and its permission policy (`get-role-policy`,
 * `get-policy-version`), or a bare policy document. The raw IAM API returns policy documents
 * URL-encoded (RFC 3986); the CLI decodes them, some SDKs and consoles do not, so both are read.
 */
import { jsonSyntaxError } from '../iam/policy/json-syntax';
import type { Parsed } from '../parse-result';
import { readArn } from './read-arn';
import { readPastedDocuments } from './read-document';
import {
  fail,
  isRecord,
  neverThrows,
  numberAt,
  recordAt,
  stringAt,
  type JsonObject,
} from './paste-values';
import { onlyOne, selectDocuments } from './select-documents';
import type { PastedPolicy, PastedRole } from './types';
import { hasPrincipal } from './wrong-field';

/** `aws iam get-role --role-name NAME`, or a bare trust policy document. */
export function readRole(text: string): Parsed<PastedRole> {
  return neverThrows(() => {
    const encoded = readEncodedDocumentText(text, 'The trust policy');
    if (encoded) return encoded.ok ? bareTrustPolicy(encoded.value.document, true) : encoded;
    const selected = selectDocuments(
      text,
      'role',
      (kind) => kind.kind === 'get-role' || kind.kind === 'policy-document',
    );
    if (!selected.ok) return selected;
    const one = onlyOne(selected.value, 'roles or policies', (value) =>
      stringAt(recordAt(value, 'Role'), 'RoleName'),
    );
    if (!one.ok) return one;
    const role = recordAt(one.value, 'Role');
    if (!role) return bareTrustPolicy(one.value, false);
    const arn = readArn(role, 'Arn', 'Role.Arn', 'iam', 'role/');
    if (!arn.ok) return arn;
    const trust = readPolicyDocument(
      role.AssumeRolePolicyDocument,
      'Role.AssumeRolePolicyDocument',
    );
    if (!trust.ok) return trust;
    return {
      ok: true,
      value: {
        arn: arn.value,
        name: stringAt(role, 'RoleName') ?? arn.value.resource.split('/').pop() ?? null,
        trustPolicy: JSON.stringify(trust.value.document, null, 2),
        maxSessionDuration: numberAt(role, 'MaxSessionDuration'),
        source: 'get-role',
        wasUrlEncoded: trust.value.wasUrlEncoded,
      },
    };
  });
}

function bareTrustPolicy(value: unknown, wasUrlEncoded: boolean): Parsed<PastedRole> {
  const document = checkStatement(value, 'The trust policy');
  if (!document.ok) return document;
  // A trust policy says who may assume the role: without a Principal it is a permission policy.
  if (!hasPrincipal(document.value)) {
    return fail(
      'This policy has no Principal, so it is not a trust policy: a permission policy goes in the Permission policy field; the role’s trust policy is its AssumeRolePolicyDocument (`aws iam get-role --role-name ROLE`).',
    );
  }
  return {
    ok: true,
    value: {
      arn: null,
      name: null,
      trustPolicy: JSON.stringify(document.value, null, 2),
      maxSessionDuration: null,
      source: 'policy-document',
      wasUrlEncoded,
    },
  };
}

/** `get-role-policy`, `get-policy-version`, or a bare permission policy document. */
export function readPolicy(text: string): Parsed<PastedPolicy> {
  return neverThrows(() => {
    const encoded = readEncodedDocumentText(text, 'The policy');
    if (encoded) return encoded.ok ? barePermissionPolicy(encoded.value.document, true) : encoded;
    const selected = selectDocuments(
      text,
      'permissionPolicy',
      (kind) =>
        kind.kind === 'get-role-policy' ||
        kind.kind === 'get-policy-version' ||
        kind.kind === 'policy-document',
    );
    if (!selected.ok) return policyListingError(text) ?? selected;
    const one = onlyOne(selected.value, 'policies', (value) => stringAt(value, 'PolicyName'));
    if (!one.ok) return one;
    const value = one.value;
    const version = recordAt(value, 'PolicyVersion');
    if (version) {
      const document = readPolicyDocument(version.Document, 'PolicyVersion.Document');
      if (!document.ok) return document;
      return {
        ok: true,
        value: {
          document: JSON.stringify(document.value.document, null, 2),
          policyName: stringAt(version, 'VersionId'),
          roleName: null,
          source: 'get-policy-version',
          wasUrlEncoded: document.value.wasUrlEncoded,
        },
      };
    }
    if (isRecord(value) && 'PolicyDocument' in value) {
      const document = readPolicyDocument(value.PolicyDocument, 'PolicyDocument');
      if (!document.ok) return document;
      return {
        ok: true,
        value: {
          document: JSON.stringify(document.value.document, null, 2),
          policyName: stringAt(value, 'PolicyName'),
          roleName: stringAt(value, 'RoleName'),
          source: 'get-role-policy',
          wasUrlEncoded: document.value.wasUrlEncoded,
        },
      };
    }
    return barePermissionPolicy(value, false);
  });
}

function barePermissionPolicy(value: unknown, wasUrlEncoded: boolean): Parsed<PastedPolicy> {
  const document = checkStatement(value, 'The policy');
  if (!document.ok) return document;
  // Identity-based policies may not name a Principal (IAM refuses them): this is a trust policy
  // or a resource policy (a bucket's), neither of which grants the role its permissions.
  if (hasPrincipal(document.value)) {
    return fail(
      'This policy has a Principal: it is a trust policy (paste it into the Role field) or a resource policy. The Permission policy field takes the role’s own policy, which has no Principal.',
    );
  }
  return {
    ok: true,
    value: {
      document: JSON.stringify(document.value, null, 2),
      policyName: null,
      roleName: null,
      source: 'policy-document',
      wasUrlEncoded,
    },
  };
}

/**
 * The commands that list policies print no document: name the one that does. `get-policy` gives
 * the default version to ask `get-policy-version` for.
 */
function policyListingError(text: string): Parsed<never> | null {
  const documents = readPastedDocuments(text);
  if (!documents.ok) return null;
  for (const value of documents.value) {
    const policy = recordAt(value, 'Policy');
    if (policy && 'DefaultVersionId' in policy) {
      const arn = stringAt(policy, 'Arn') ?? 'ARN';
      const versionId = stringAt(policy, 'DefaultVersionId') ?? 'VERSION';
      return fail(
        `This is \`aws iam get-policy\` output, which has no policy document: paste \`aws iam get-policy-version --policy-arn ${arn} --version-id ${versionId}\`.`,
      );
    }
    if (isRecord(value) && Array.isArray(value.AttachedPolicies)) {
      return fail(
        'This is `aws iam list-attached-role-policies` output, which has no policy document: paste `aws iam get-policy-version --policy-arn ARN --version-id VERSION` for the policy to check (`aws iam get-policy --policy-arn ARN` names its default version).',
      );
    }
    if (isRecord(value) && Array.isArray(value.PolicyNames)) {
      return fail(
        'This is `aws iam list-role-policies` output, which has no policy document: paste `aws iam get-role-policy --role-name ROLE --policy-name POLICY`.',
      );
    }
  }
  return null;
}

interface PolicyDocument {
  document: JsonObject;
  wasUrlEncoded: boolean;
}

/** A bare URL-encoded document (`%7B%22Version%22…`), as copied from a raw API response. */
function readEncodedDocumentText(text: string, label: string): Parsed<PolicyDocument> | null {
  const trimmed = text.trim();
  if (!/^%7B/i.test(trimmed) || /\s/.test(trimmed)) return null;
  return readPolicyDocument(trimmed, label);
}

/**
 * A policy document as the output holds it: an object (the CLI decoded it), or a string,
 * URL-encoded as the raw API returns it, that decodes to JSON.
 */
function readPolicyDocument(raw: unknown, label: string): Parsed<PolicyDocument> {
  if (isRecord(raw)) {
    const document = checkStatement(raw, label);
    return document.ok
      ? { ok: true, value: { document: document.value, wasUrlEncoded: false } }
      : document;
  }
  if (typeof raw !== 'string' || raw.trim() === '') {
    return fail(`${label} is missing: paste the whole output.`);
  }
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // Not valid percent-encoding: read it as it is (a JSON string with a literal "%").
  }
  const wasUrlEncoded = decoded !== raw;
  const syntax = jsonSyntaxError(decoded);
  if (syntax) {
    const where =
      syntax.line === undefined
        ? ''
        : ` (line ${syntax.line}, column ${syntax.column ?? 1}${wasUrlEncoded ? ' of the decoded text' : ''})`;
    return fail(
      `${label} ${wasUrlEncoded ? 'is URL-encoded, but what it decodes to is not JSON' : 'is a string that is not JSON'}: ${syntax.message}${where}`,
    );
  }
  const document = checkStatement(JSON.parse(decoded), label);
  return document.ok ? { ok: true, value: { document: document.value, wasUrlEncoded } } : document;
}

/** A policy must be an object with a `Statement` (one statement or a list of them). */
function checkStatement(value: unknown, label: string): Parsed<JsonObject> {
  if (!isRecord(value)) return fail(`${label} is not a JSON object.`);
  const statement = value.Statement;
  if (statement === undefined) {
    return fail(
      `${label} has no Statement: a policy lists its statements under "Statement". The paste may be cut off.`,
    );
  }
  if (!isRecord(statement) && !Array.isArray(statement)) {
    return fail(`${label}’s Statement must be a statement object or a list of them.`);
  }
  return { ok: true, value };
}
