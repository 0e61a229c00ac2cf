/**
 * Condition operator names: which ones the simulator understands, and what a name such as
 * `ForAnyValue:StringLikeIfExists` decomposes into. Shared by the parser (to reject
 * unknown names with a useful message) and the evaluator (to know how to compare).
 */
import type { Parsed } from '../../parse-result';
import { clip } from './clip';
import { closest } from './suggest';

/** The operators the simulator evaluates, without set prefix or IfExists suffix. */
export type BaseOperator =
  | 'StringEquals'
  | 'StringNotEquals'
  | 'StringEqualsIgnoreCase'
  | 'StringNotEqualsIgnoreCase'
  | 'StringLike'
  | 'StringNotLike'
  | 'ArnEquals'
  | 'ArnNotEquals'
  | 'ArnLike'
  | 'ArnNotLike'
  | 'Bool'
  | 'Null';

/** `ForAnyValue:` / `ForAllValues:` qualifiers for multivalued keys. */
export type SetOperator = 'ForAnyValue' | 'ForAllValues';

/** A decomposed operator name. */
export interface OperatorInfo {
  setOperator?: SetOperator;
  base: BaseOperator;
  ifExists: boolean;
  /** Negated operators are true when the key is absent and when no value matches. */
  negated: boolean;
}

/** Every base condition operator the evaluator knows (before set and IfExists forms). */
export const BASE_OPERATORS: readonly BaseOperator[] = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'ArnEquals',
  'ArnNotEquals',
  'ArnLike',
  'ArnNotLike',
  'Bool',
  'Null',
];

const NEGATED: ReadonlySet<BaseOperator> = new Set<BaseOperator>([
  'StringNotEquals',
  'StringNotEqualsIgnoreCase',
  'StringNotLike',
  'ArnNotEquals',
  'ArnNotLike',
]);

/** Real IAM operators the simulator does not evaluate: named as such, not as typos. */
const UNSUPPORTED = [
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
];

const SET_PREFIXES: readonly SetOperator[] = ['ForAnyValue', 'ForAllValues'];

/** The outcome of `parseOperator`. */
export type ParsedOperator = Parsed<OperatorInfo>;

/** Decomposes an operator name, or explains precisely why it is not one we accept. */
export function parseOperator(name: string): ParsedOperator {
  let rest = name;
  let setOperator: SetOperator | undefined;
  const colon = name.indexOf(':');
  if (colon >= 0) {
    const prefix = name.slice(0, colon);
    const known = SET_PREFIXES.find((p) => p === prefix);
    if (known === undefined) {
      const guess = closest(prefix, SET_PREFIXES);
      return rejected(
        `Unknown set operator "${clip(prefix)}" in "${clip(name)}": use ForAnyValue: or ForAllValues:${guess ? ` (did you mean ${guess}?)` : ''}.`,
      );
    }
    setOperator = known;
    rest = name.slice(colon + 1);
  }
  const ifExists = rest.endsWith('IfExists');
  const baseName = ifExists ? rest.slice(0, -'IfExists'.length) : rest;
  const base = BASE_OPERATORS.find((b) => b === baseName);
  if (base === undefined) return rejected(unknownMessage(name, baseName));
  if (base === 'Null' && ifExists) {
    return rejected('NullIfExists is not an operator: Null itself tests whether the key exists.');
  }
  if (base === 'Null' && setOperator) {
    return rejected(`${setOperator}:Null is not supported: Null tests presence, not values.`);
  }
  const info: OperatorInfo = { base, ifExists, negated: NEGATED.has(base) };
  if (setOperator) info.setOperator = setOperator;
  return { ok: true, value: info };
}

function rejected(message: string): ParsedOperator {
  return { ok: false, error: { message } };
}

function unknownMessage(name: string, baseName: string): string {
  if (UNSUPPORTED.includes(baseName)) {
    return `"${baseName}" is an IAM condition operator, but this simulator only evaluates String*, Arn*, Bool and Null operators.`;
  }
  const candidates = [
    ...BASE_OPERATORS,
    ...BASE_OPERATORS.filter((b) => b !== 'Null').map((b) => `${b}IfExists`),
  ];
  const guess = closest(name.slice(name.indexOf(':') + 1), candidates);
  const suggestion = guess ? ` Did you mean "${guess}"?` : '';
  return `Unknown condition operator "${clip(name)}".${suggestion}`;
}
