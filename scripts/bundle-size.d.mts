// Types for bundle-size.mjs, which the e2e budget test imports.
export declare const INITIAL_JS_BUDGET_BYTES: number;
export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
  initial: boolean;
}
export declare function bundleReport(dist?: string): {
  chunks: ChunkSize[];
  initialGzip: number;
  budget: number;
  withinBudget: boolean;
};
