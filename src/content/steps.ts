/**
 * What a flow is made of: actors, and steps that each have one identity (their id), words at two
 * depths (simple story, real mechanics) and a drawing. The flows themselves are in `flows/`.
 */
export type ActorId = 'pod' | 'imds' | 'agent' | 'eks-auth' | 'sts' | 'iam' | 'oidc' | 's3';

/** How one step's message is drawn: who sends it, what travels, and who then does the checking. */
export interface StepDrawing {
  from: ActorId;
  to: ActorId;
  /** What travels, as the chip on the arrow says it: "JWT + role ARN". */
  chip: string;
  /** Requests are drawn solid, responses dashed. */
  kind: 'request' | 'response';
  /** A fetch: a bare request goes out and the chip comes back on the dashed response. */
  roundTrip?: boolean;
  /** Happens inside AWS (one service asking itself), drawn as such in the real mechanics. */
  insideAws?: boolean;
  /** The actor that does this step's checks, and what it is doing. */
  workAt: ActorId;
  work: string;
}

/** Words for a moment of the walk: Setup, or a step. */
export interface StepWords {
  title: string;
  /** What the message carries, e.g. "token + role ARN". */
  carries: string;
  simple: string;
  /** Where the story simplifies, said plainly. */
  realMechanics: string;
}

/**
 * One step of a flow. Its id is its only identity: the key of its record, the hop its errors
 * name, the machine state that runs it. Its number is just its place in the flow's list.
 */
export interface FlowStep<Id extends string = string> extends StepWords {
  id: Id;
  /** The diagram in the story, and (where it differs) in the real mechanics. */
  story: StepDrawing;
  real?: Partial<StepDrawing>;
  /** The chip when the step failed, for a step that carries a decision ("Allow" → "Deny"). */
  failedChip?: string;
  /** The checks the step makes when none fails (so a failure can show the rest as not run). */
  plannedChecks: string[];
}

/** A flow: how a pod gets credentials, as Setup and steps in order. Plain data. */
export interface Flow<Id extends string = string> {
  id: string;
  title: string;
  /** The diagram's lanes, left to right. */
  actors: ActorId[];
  setup: StepWords;
  steps: FlowStep<Id>[];
}

/** Each actor: its name in words, the short name on its box, and what it is, in a few words. */
export const ACTORS: Record<ActorId, { name: string; short: string; detail: string }> = {
  pod: { name: 'Pod', short: 'Pod', detail: 'your app' },
  imds: { name: 'IMDS', short: 'IMDS', detail: 'node role' },
  agent: { name: 'Pod Identity Agent', short: 'Agent', detail: 'on the node' },
  'eks-auth': { name: 'EKS Auth', short: 'Auth', detail: 'EKS Auth API' },
  sts: { name: 'STS', short: 'STS', detail: 'token service' },
  iam: { name: 'IAM', short: 'IAM', detail: 'roles, policies' },
  oidc: { name: 'OIDC provider', short: 'OIDC', detail: 'cluster issuer' },
  s3: { name: 'S3', short: 'S3', detail: 'buckets' },
};

/**
 * The diagram's drawing when the SDK never calls STS (no web-identity variables in the pod): its
 * credential chain asks the node's instance metadata service for the node role's credentials.
 */
export const IMDS_DRAWING: StepDrawing = {
  from: 'pod',
  to: 'imds',
  chip: 'node-role credentials',
  kind: 'request',
  roundTrip: true,
  workAt: 'imds',
  work: "IMDS hands out the node role's credentials",
};

/** Step 6 when a tool in the pod calls sts:AssumeRole on the role it already has. */
export const ASSUME_ROLE_AGAIN_DRAWING: StepDrawing = {
  from: 'pod',
  to: 'sts',
  chip: 'sts:AssumeRole, signed SigV4',
  kind: 'request',
  workAt: 'sts',
  work: 'STS checks the trust policy for this session',
};
