/**
 * Shared by the `*.fuzz.test.ts` files (test code only, never bundled): how many inputs each
 * property runs, and what each call of a parser cost. `npm test` runs few inputs; `npm run fuzz`
 * (scripts/fuzz.mjs) sets FUZZ_RUNS high and FUZZ_REPORT to a file, reads the timings recorded
 * there and fails on a throw or on a call over the budget. Tests themselves never assert on time:
 * a busy machine would make them flaky.
 */
import fc from 'fast-check';

/** What scripts/fuzz.mjs fails on: one call on an input of at most a megabyte taking longer. */
export const BUDGET_MS = 100;
/** The largest input the budget applies to (and the largest the generators make), in characters. */
export const MEGABYTE = 1 << 20;

interface NodeProcess {
  env: Record<string, string | undefined>;
  getBuiltinModule?: (id: string) => unknown;
  cpuUsage?: () => { user: number; system: number };
}
// The app's tsconfig has no Node types (src/ runs in browsers): reach Node through globalThis.
const node = (globalThis as { process?: NodeProcess }).process;

function envNumber(name: string, fallback: number): number {
  const value = Number(node?.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Inputs per property: FUZZ_RUNS, or a small default that keeps `npm test` fast. */
export const FUZZ_RUNS = envNumber('FUZZ_RUNS', 40);
/** Megabyte inputs cost more to make than to read: a few by default, a twentieth of the runs later. */
export const MEGABYTE_RUNS = Math.max(3, Math.round(FUZZ_RUNS / 20));
const REPORT = node?.env.FUZZ_REPORT;

/**
 * One call that was timed: how big its input was, what it looked like, and what it cost:
 * `wallMs` as the clock on the wall saw it, `cpuMs` in CPU time of this process (what the call
 * costs whatever else the machine is doing, plus whatever this process's helper threads, the
 * garbage collector and the compiler, did meanwhile), and `ms`, the lower of the two, which
 * the budget is checked against: a call is slow only if it is slow by both clocks.
 */
export interface TimedInput {
  size: number;
  preview: string;
  ms: number;
  wallMs: number;
  cpuMs: number;
}

/** A surface's record, as scripts/fuzz.mjs reads it (one JSON line per surface and property). */
export interface SurfaceRecord {
  surface: string;
  inputs: number;
  threw: number;
  slowest: TimedInput | null;
  /** Calls on inputs up to a megabyte over BUDGET_MS (best of three), a few of them. */
  overBudget: TimedInput[];
  overBudgetCount: number;
  firstThrow: (TimedInput & { error: string }) | null;
}

const pending = new Map<string, SurfaceRecord>();

function recordOf(surface: string): SurfaceRecord {
  let record = pending.get(surface);
  if (!record) {
    record = {
      surface,
      inputs: 0,
      threw: 0,
      slowest: null,
      overBudget: [],
      overBudgetCount: 0,
      firstThrow: null,
    };
    pending.set(surface, record);
  }
  return record;
}

const head = (text: string) => `${JSON.stringify(text.slice(0, 48))}${text.length > 48 ? '…' : ''}`;

/**
 * The input's size in characters (a string's, or an object's as JSON) and its start; for an
 * object, the start of its longest field, which is usually what made the call slow.
 */
function describeInput(input: unknown): { size: number; preview: string } {
  if (typeof input === 'string') return { size: input.length, preview: head(input) };
  const size = (JSON.stringify(input) ?? String(input)).length;
  const fields = typeof input === 'object' && input !== null ? Object.entries(input) : [];
  const [name, longest] = fields.reduce<[string, string]>(
    (best, [key, value]) => {
      const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
      return text.length > best[1].length ? [key, text] : best;
    },
    ['', ''],
  );
  return { size, preview: name ? `${name}: ${head(longest)}` : head(JSON.stringify(input) ?? '') };
}

/** Wall-clock and CPU time, in milliseconds (CPU falls back to the wall outside Node). */
interface Cost {
  ms: number;
  wallMs: number;
  cpuMs: number;
}
function now(): Omit<Cost, 'ms'> {
  const usage = node?.cpuUsage?.();
  const wallMs = performance.now();
  return { wallMs, cpuMs: usage ? (usage.user + usage.system) / 1000 : wallMs };
}
const since = (start: Omit<Cost, 'ms'>): Cost => {
  const end = now();
  const wallMs = end.wallMs - start.wallMs;
  const cpuMs = end.cpuMs - start.cpuMs;
  return { ms: Math.min(wallMs, cpuMs), wallMs, cpuMs };
};

/**
 * A slow call is timed twice more when a report is asked for, and its best time is the input's
 * cost: a garbage collection left by earlier inputs can land in any call.
 */
const retime = (cost: Cost) => cost.ms > BUDGET_MS && REPORT !== undefined;

function note(record: SurfaceRecord, input: unknown, best: Cost): void {
  record.inputs++;
  if (record.slowest !== null && best.ms <= record.slowest.ms && best.ms <= BUDGET_MS) return;
  const timedInput = { ...describeInput(input), ...best };
  if (record.slowest === null || best.ms > record.slowest.ms) record.slowest = timedInput;
  if (best.ms > BUDGET_MS && timedInput.size <= MEGABYTE) {
    record.overBudgetCount++;
    if (record.overBudget.length < 5) record.overBudget.push(timedInput);
  }
}

function noteThrow(record: SurfaceRecord, input: unknown, cost: Cost, error: unknown): void {
  record.inputs++;
  record.threw++;
  record.firstThrow ??= { ...describeInput(input), ...cost, error: String(error).slice(0, 300) };
}

/** Runs `call` on `input`, timed under `surface`; a throw is counted and passed on. */
export function timed<T>(surface: string, input: unknown, call: () => T): T {
  const record = recordOf(surface);
  const start = now();
  let result: T;
  try {
    result = call();
  } catch (error) {
    noteThrow(record, input, since(start), error);
    throw error;
  }
  let best = since(start);
  for (let i = 0; i < 2 && retime(best); i++) {
    const t = now();
    call();
    const again = since(t);
    if (again.ms < best.ms) best = again;
  }
  note(record, input, best);
  return result;
}

/** `timed` for a call that answers with a promise (the token check verifies with WebCrypto). */
export async function timedAsync<T>(
  surface: string,
  input: unknown,
  call: () => Promise<T>,
): Promise<T> {
  const record = recordOf(surface);
  const start = now();
  let result: T;
  try {
    result = await call();
  } catch (error) {
    noteThrow(record, input, since(start), error);
    throw error;
  }
  let best = since(start);
  for (let i = 0; i < 2 && retime(best); i++) {
    const t = now();
    await call();
    const again = since(t);
    if (again.ms < best.ms) best = again;
  }
  note(record, input, best);
  return result;
}

/** Appends what was recorded since the last flush to FUZZ_REPORT, one JSON line per surface. */
function flush(): void {
  if (REPORT && pending.size > 0) {
    const fs = node?.getBuiltinModule?.('node:fs') as
      { appendFileSync: (path: string, text: string) => void } | undefined;
    const lines = [...pending.values()].map((record) => JSON.stringify(record)).join('\n');
    fs?.appendFileSync(REPORT, `${lines}\n`);
  }
  pending.clear();
}

/**
 * Why a property failed, short: fast-check's own report prints the whole counterexample, and a
 * megabyte of it buries the cause. The seed and path replay it (`fc.assert(…, { seed, path })`).
 */
function failure<Ts extends unknown[]>(details: fc.RunDetails<Ts>): Error {
  const example = details.counterexample?.[0];
  const { size, preview } = describeInput(example);
  const cause =
    details.errorInstance instanceof Error
      ? details.errorInstance.message
      : String(details.errorInstance);
  return new Error(
    `Property failed after ${details.numRuns} inputs (seed ${details.seed}, path "${details.counterexamplePath}"), ` +
      `shrunk ${details.numShrinks} times, on an input of ${size} characters: ${preview}\n${cause.slice(0, 2000)}`,
    { cause: details.errorInstance },
  );
}

/** Checks `check` on FUZZ_RUNS inputs (or `runs`), then records the timings. */
export function fuzz<T>(
  arbitrary: fc.Arbitrary<T>,
  check: (input: T) => unknown,
  runs = FUZZ_RUNS,
): void {
  try {
    const details = fc.check(
      fc.property(arbitrary, (input) => {
        check(input);
      }),
      { numRuns: runs },
    );
    if (details.failed) throw failure(details);
  } finally {
    flush();
  }
}

/** `fuzz` for checks that await. */
export async function fuzzAsync<T>(
  arbitrary: fc.Arbitrary<T>,
  check: (input: T) => Promise<unknown>,
  runs = FUZZ_RUNS,
): Promise<void> {
  try {
    const details = await fc.check(
      fc.asyncProperty(arbitrary, async (input) => {
        await check(input);
      }),
      { numRuns: runs },
    );
    if (details.failed) throw failure(details);
  } finally {
    flush();
  }
}

/**
 * Vitest's per-test timeout for fuzz tests: ample for the default runs on two busy cores, and
 * none when FUZZ_RUNS asks for more (a long run is the point of `npm run fuzz`).
 */
export const FUZZ_TIMEOUT_MS = node?.env.FUZZ_RUNS ? 0 : 30_000;
