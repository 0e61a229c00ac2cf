/**
 * The heavy half of the simulation (jose, WebCrypto, every step), as one module the machine
 * loads with a dynamic import: the page renders before the crypto code has arrived.
 */
/** Preparation: keys, ServiceAccount, webhook mutation, projected token, IAM and S3 state. */
export { prepareWorld } from './prepare-world';
/** Run one step from the record so far, or a whole run (tests and benchmarks). */
export { runStep, runAll } from './run';
/** Any flow (IRSA or EKS Pod Identity), by id: what the machine calls. */
export { prepareFlowWorld, runFlowStep } from './run-flow';
/** "Check a token": decode, verify, and say what STS would answer, all locally. */
export { checkToken } from './token-check/check-token';
