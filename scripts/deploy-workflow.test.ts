// The GitHub Pages workflow, read as GitHub reads it: it deploys only code that passed the same
// checks as CI, publishes the folder the build writes, and asks for no more rights than Pages needs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  environment?: string | { name: string; url?: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress'?: boolean };
  jobs: Record<string, Job>;
}

const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8')) as Workflow;
const jobs = Object.entries(workflow.jobs);
const uses = (step: Step, action: string) => step.uses?.split('@')[0] === action;
const runs = (step: Step, command: RegExp) => command.test(step.run ?? '');

/** Index of the first step matching `match`, or -1. */
const stepIndex = (job: Job, match: (step: Step) => boolean) => job.steps.findIndex(match);

// The job that builds: the one uploading the Pages artifact.
const [buildName, build] = jobs.find(([, job]) =>
  job.steps.some((s) => uses(s, 'actions/upload-pages-artifact')),
) ?? ['', { steps: [] }];

describe('GitHub Pages workflow', () => {
  it('runs on a push to main and by hand, and on nothing else', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(workflow.on.push).toEqual({ branches: ['main'] });
  });

  it('asks for exactly the rights Pages needs: read the code, write Pages, an OIDC token', () => {
    expect(workflow.permissions).toEqual({
      contents: 'read',
      pages: 'write',
      'id-token': 'write',
    });
    for (const [, job] of jobs) expect(job.permissions).toBeUndefined();
  });

  it('deploys one run at a time and lets a running deployment finish', () => {
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('tests with exactly what CI runs (.ci/run: npm ci, then npm test) before building', () => {
    expect(buildName).not.toBe('');
    const ciRun = readFileSync('.ci/run', 'utf8');
    expect(ciRun).toMatch(/^npm ci\b/m);
    expect(ciRun).toMatch(/^npm test$/m);

    const checkout = stepIndex(build, (s) => uses(s, 'actions/checkout'));
    const node = build.steps.find((s) => uses(s, 'actions/setup-node'));
    const test = stepIndex(build, (s) => runs(s, /(^|\s)(bash )?\.ci\/run\b/));
    const buildStep = stepIndex(build, (s) => runs(s, /^npm run build$/));
    expect(checkout).toBe(0);
    expect(node?.with).toMatchObject({ 'node-version': 20, cache: 'npm' });
    expect(test).toBeGreaterThan(checkout);
    expect(buildStep).toBeGreaterThan(test);
  });

  it('uploads dist/, the folder `npm run build` writes, after building it', () => {
    const buildStep = stepIndex(build, (s) => runs(s, /^npm run build$/));
    const upload = stepIndex(build, (s) => uses(s, 'actions/upload-pages-artifact'));
    expect(upload).toBeGreaterThan(buildStep);
    expect(build.steps[upload]?.with).toEqual({ path: 'dist' });
    // Nothing moves the build elsewhere: no BUILD_DIR, and `npm run build` names no folder, so
    // scripts/build.mjs writes its default, dist/.
    expect(JSON.stringify(build)).not.toContain('BUILD_DIR');
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.build).toMatch(/node scripts\/build\.mjs$/);
    expect(readFileSync('scripts/build.mjs', 'utf8')).toContain("process.argv[2] ?? 'dist'");
    expect(stepIndex(build, (s) => uses(s, 'actions/configure-pages'))).toBeGreaterThan(-1);
  });

  it('deploys from a second job, after the build, in the github-pages environment', () => {
    const deploy = jobs.filter(([, job]) => job.steps.some((s) => uses(s, 'actions/deploy-pages')));
    expect(deploy).toHaveLength(1);
    const [deployName, job] = deploy[0] ?? ['', { steps: [] }];
    expect(deployName).not.toBe(buildName);
    expect([job.needs].flat()).toContain(buildName);
    expect(job.environment).toEqual({
      name: 'github-pages',
      url: '${{ steps.deployment.outputs.page_url }}',
    });
    expect(job.steps.find((s) => uses(s, 'actions/deploy-pages'))?.id).toBe('deployment');
  });

  it('uses only official actions, each pinned to a major version or a commit', () => {
    const all = jobs.flatMap(([, job]) => job.steps).filter((s) => s.uses);
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const step of all) expect(step.uses).toMatch(/^actions\/[\w-]+@(v\d+|[0-9a-f]{40})$/);
  });
});
