// Types for scripts/serve-static.mjs, so TypeScript tests can import it.
export declare const CONTENT_TYPES: Record<string, string>;
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}
export declare function parseHeadersFile(text: string): HeaderRule[];
export declare function headersFor(rules: HeaderRule[], path: string): Map<string, string>;
export declare function serveStatic(options?: {
  root?: string;
  port?: number;
  basePath?: string;
}): Promise<{ url: string; stop: () => Promise<void> }>;
