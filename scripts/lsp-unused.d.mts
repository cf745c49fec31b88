import type { Plugin } from 'esbuild';
/** Paths into `InitializeResult.capabilities` whose client features (or server mixins) the bundles leave out. */
export const DROPPED_CAPABILITIES: readonly string[];
/** The esbuild plugin that leaves them out. */
export const lspUnusedPlugin: Plugin;
