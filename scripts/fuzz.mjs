// `npm run fuzz [-- RUNS] [file filters…]`: every parser and input surface fuzzed for longer
// than `npm test` does. Runs the `*.fuzz.test.ts` files (vitest) with FUZZ_RUNS=RUNS inputs per
// property (default 2000), one file at a time so no other test competes for the CPU, and has
// them record what each call cost (src/test-support/fuzz.ts writes FUZZ_REPORT). Then prints,
// per surface, the inputs run, the calls that threw, and the slowest input (its size, its start,
// its time) and exits non-zero if a test failed, a call threw, or a call on an input of at most a
// megabyte took more than 100 ms.
//
// A call's time is the lower of its wall-clock and CPU time, best of three when over budget: on
// a busy machine the wall clock alone would blame the input for the other processes' work, and
// a garbage collection left by earlier inputs can land in any call. Tests never assert on time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BUDGET_MS = 100;
const MEGABYTE = 1 << 20;

const args = process.argv.slice(2);
const runs = args.find((a) => /^\d+$/.test(a)) ?? '2000';
const filters = args.filter((a) => !/^\d+$/.test(a));
const dir = mkdtempSync(join(tmpdir(), 'irsa-fuzz-'));
const report = join(dir, 'report.jsonl');

console.log(`▶ fuzzing with ${runs} inputs per property (FUZZ_RUNS=${runs})\n`);
const started = performance.now();
const vitest = spawnSync(
  'node',
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--no-file-parallelism',
    ...(filters.length > 0 ? filters : ['.fuzz.test.ts']),
  ],
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, FUZZ_REPORT: report } },
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

/** One record per surface: the properties' records summed. */
const surfaces = new Map();
const lines = existsSync(report) ? readFileSync(report, 'utf8').split('\n').filter(Boolean) : [];
rmSync(dir, { recursive: true, force: true });
for (const line of lines) {
  const r = JSON.parse(line);
  const s = surfaces.get(r.surface) ?? {
    surface: r.surface,
    inputs: 0,
    threw: 0,
    slowest: null,
    overBudget: [],
    overBudgetCount: 0,
    firstThrow: null,
  };
  s.inputs += r.inputs;
  s.threw += r.threw;
  if (r.slowest && (!s.slowest || r.slowest.ms > s.slowest.ms)) s.slowest = r.slowest;
  s.overBudget.push(...r.overBudget);
  s.overBudgetCount += r.overBudgetCount;
  s.firstThrow ??= r.firstThrow;
  surfaces.set(r.surface, s);
}

const ms = (t) => `${t.ms.toFixed(1)} ms`;
const clocks = (t) => `(cpu ${t.cpuMs.toFixed(1)}, wall ${t.wallMs.toFixed(1)})`;
const size = (n) => (n >= 10_000 ? `${(n / 1024).toFixed(0)} KiB` : `${n} ch`);
const rows = [...surfaces.values()].sort((a, b) => a.surface.localeCompare(b.surface));
const width = Math.max(...rows.map((s) => s.surface.length), 7);

console.log(`\n▶ fuzz report: ${rows.length} surfaces, ${seconds} s`);
console.log(`${'surface'.padEnd(width)}  ${'inputs'.padStart(7)}  threw  slowest input`);
for (const s of rows) {
  const slow = s.slowest
    ? `${ms(s.slowest).padStart(9)} ${clocks(s.slowest)} on ${size(s.slowest.size)}: ${s.slowest.preview}`
    : '-';
  console.log(
    `${s.surface.padEnd(width)}  ${String(s.inputs).padStart(7)}  ${String(s.threw).padStart(5)}  ${slow}`,
  );
}

const problems = [];
if (vitest.status !== 0) problems.push(`vitest exited with ${vitest.status ?? vitest.signal}`);
for (const s of rows) {
  if (s.threw > 0)
    problems.push(
      `${s.surface}: ${s.threw} calls threw, first on ${size(s.firstThrow.size)} ${s.firstThrow.preview}: ${s.firstThrow.error}`,
    );
  for (const t of s.overBudget.filter((t) => t.size <= MEGABYTE))
    problems.push(`${s.surface}: ${ms(t)} ${clocks(t)} on ${size(t.size)} ${t.preview}`);
  if (s.overBudgetCount > s.overBudget.length)
    problems.push(
      `${s.surface}: ${s.overBudgetCount - s.overBudget.length} more over ${BUDGET_MS} ms`,
    );
}
if (rows.length === 0) problems.push('no timings were recorded (FUZZ_REPORT)');

if (problems.length > 0) {
  console.error(`\n✗ fuzzing found ${problems.length} problem(s) (budget ${BUDGET_MS} ms a call):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`\n✓ no call threw; every call on up to 1 MiB took under ${BUDGET_MS} ms`);
