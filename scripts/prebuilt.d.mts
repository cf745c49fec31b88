/** The source of the module that replaces server/src/service/data/prebuilt.ts in a bundle. */
export function prebuiltModuleSource(): Promise<string>;
/** An esbuild plugin that puts the ready-made module in the place of data/prebuilt.ts. */
export function prebuiltPlugin(): Promise<import('esbuild').Plugin>;
