// Fuzzing the pasted error message: findByErrorMessage and the reading under it (parseError,
// messageSimilarity) on real AWS and SDK messages, edited, wrapped in logs, and on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../content/scenarios';
import { parseFragment } from '../lib/url-state';
import { FUZZ_TIMEOUT_MS, MEGABYTE_RUNS, fuzz, timed } from '../test-support/fuzz';
import { anyText, huge, mutated, significantText } from '../test-support/fuzz-inputs';
import { KNOWN_CODES, messageSimilarity, parseError } from './error-text';
import { findByErrorMessage, MAX_PASTE_CHARS } from './find-by-error';
import { fillPlaceholders, placeholderValues, scenarioFor } from './scenarios';

/** Every message the catalogue answers with, as a run prints it (placeholders filled). */
const MESSAGES = CATALOGUE.flatMap((entry) => {
  const { awsCode, message } = entry.expected;
  if (!awsCode || !message) return [];
  const values = placeholderValues(scenarioFor(entry.changes));
  // The other wordings are already what an SDK printed: only the first is wrapped again.
  return [message, ...(entry.alsoSeenAs ?? [])].map((wording, i) => ({
    id: entry.id,
    code: awsCode,
    message: fillPlaceholders(wording, values),
    printed: i > 0,
  }));
});

const REQUEST_ID = 'c9a1b2d3-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
/** How each SDK and the raw API print an AWS error around its message. */
const WRAPPINGS: ((code: string, message: string) => string)[] = [
  (_, m) => m,
  (c, m) => `${c}: ${m}`,
  (c, m) =>
    `botocore.exceptions.ClientError: An error occurred (${c}) when calling the AssumeRoleWithWebIdentity operation: ${m}`,
  (c, m) =>
    `WebIdentityErr: failed to retrieve credentials\ncaused by: ${c}: ${m}\n\tstatus code: 400, request id: ${REQUEST_ID}`,
  (c, m) =>
    `operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 400, RequestID: ${REQUEST_ID}, api error ${c}: ${m}`,
  (c, m) =>
    `com.amazonaws.services.securitytoken.model.${c}Exception: ${m} (Service: AWSSecurityTokenService; Status Code: 400; Error Code: ${c}; Request ID: ${REQUEST_ID})`,
  (c, m) =>
    `<ErrorResponse><Error><Code>${c}</Code><Message>${m}</Message></Error></ErrorResponse>`,
  (c, m) => JSON.stringify({ level: 'error', msg: `${c}: ${m}` }),
];

const wrapped = fc
  .tuple(
    fc.constantFrom(...MESSAGES),
    fc.constantFrom(...WRAPPINGS),
    fc.constantFrom('', '2026-11-28T12:00:00Z ERROR ', '\n\n'),
  )
  .map(
    ([{ code, message, printed }, wrap, prefix]) =>
      `${prefix}${printed ? message : wrap(code, message)}`,
  );

const pasted = fc.oneof(
  { arbitrary: wrapped, weight: 3 },
  { arbitrary: mutated(wrapped), weight: 3 },
  {
    arbitrary: fc.constantFrom(...KNOWN_CODES, 'Access Denied', 'accessdenied', 'ExpiredToken'),
    weight: 1,
  },
  { arbitrary: significantText(), weight: 1 },
  { arbitrary: anyText(), weight: 1 },
);

function checkShape(text: string): void {
  const { matches, closestCodes } = timed('pasted error message (findByErrorMessage)', text, () =>
    findByErrorMessage(text),
  );
  const scores = matches.map((m) => m.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(new Set(matches.map((m) => m.id)).size).toBe(matches.length);
  for (const m of matches) {
    expect(m.score >= 0 && m.score <= 1).toBe(true);
    expect(m.step >= 1 && m.step <= 6).toBe(true);
    // The link opens the scenario at its failing step.
    expect(parseFragment(m.href)).toMatchObject({ scenario: m.id, step: m.step });
  }
  if (matches.length > 0) expect(closestCodes).toEqual([]);
  expect(closestCodes.length).toBeLessThanOrEqual(3);
  for (const code of closestCodes) expect(KNOWN_CODES).toContain(code);
  if (text.slice(0, MAX_PASTE_CHARS).trim() === '')
    expect([matches, closestCodes]).toEqual([[], []]);
}

describe('findByErrorMessage never throws and answers ranked, linked matches', () => {
  it(
    'on real messages as each SDK prints them, edited, and any text',
    () => fuzz(pasted, checkShape),
    FUZZ_TIMEOUT_MS,
  );

  it(
    'on a megabyte of log, with or without a real message in it',
    () =>
      fuzz(
        fc
          .tuple(huge(), wrapped, fc.boolean())
          .map(([log, message, first]) => (first ? `${message}\n${log}` : `${log}\n${message}`)),
        checkShape,
        MEGABYTE_RUNS,
      ),
    FUZZ_TIMEOUT_MS,
  );

  it(
    'finds the scenario whose message was pasted, however an SDK wrapped it',
    () =>
      fuzz(
        fc.tuple(fc.constantFrom(...MESSAGES), fc.constantFrom(...WRAPPINGS)),
        ([{ id, code, message, printed }, wrap]) => {
          const text = printed ? message : wrap(code, message);
          const { matches } = timed('pasted error message (findByErrorMessage)', text, () =>
            findByErrorMessage(text),
          );
          expect(matches.map((m) => m.id)).toContain(id);
        },
      ),
    FUZZ_TIMEOUT_MS,
  );
});

describe('parseError and messageSimilarity, on what the page passes them', () => {
  it(
    'read a code, an operation and tokens out of any paste of up to MAX_PASTE_CHARS',
    () =>
      fuzz(fc.oneof(pasted, huge({}, [MAX_PASTE_CHARS])), (text) => {
        const { code, operation, tokens } = timed('error text (parseError)', text, () =>
          parseError(text),
        );
        // As pasted: XML's <Code> may hold what a hand edit left there, trimmed.
        expect(code === null || /^\S(.*\S)?$/s.test(code)).toBe(true);
        expect(operation === null || /^\w+$/.test(operation)).toBe(true);
        for (const token of tokens) expect(token).toMatch(/^\S+$/);
        const similarity = messageSimilarity(tokens, parseError(MESSAGES[0]!.message).tokens);
        expect(similarity >= 0 && similarity <= 1).toBe(true);
        // A message is all there in itself (checked on message-sized pastes: it is quadratic).
        if (tokens.length > 0 && tokens.length < 200)
          expect(messageSimilarity(tokens, tokens)).toBeCloseTo(1, 9);
      }),
    FUZZ_TIMEOUT_MS,
  );
});
