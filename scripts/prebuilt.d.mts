/** The source of the module that replaces server/src/cli/prebuiltData.ts in the CLI bundle. */
export function prebuiltModuleSource(): Promise<string>;
/** An esbuild plugin that puts the ready-made module in the place of cli/prebuiltData.ts. */
export function prebuiltPlugin(): Promise<import('esbuild').Plugin>;
