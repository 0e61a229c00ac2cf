// Types for single-file.mjs, which scripts/single-file.test.ts imports.
export declare const SINGLE_FILE_NAME: string;
export declare function cspHash(text: string): string;
export declare function escapeInlineScript(code: string): string;
export declare function dataUrl(path: string, bytes: Uint8Array): string;
export declare function inlineSingleFile(
  html: string,
  read: (path: string) => Uint8Array,
): { html: string; scriptHash: string; styleHash: string };
