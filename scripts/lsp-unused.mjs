// An esbuild plugin that leaves out of our bundles the parts of the language-server protocol
// libraries for capabilities Policy Author never has (a change that makes the server declare one of
// them must take it off these lists, or the client will not use it):
//   - (test/protocol/server.test.ts fails when the server declares one of DROPPED_CAPABILITIES.)
//   - vscode-languageclient registers a client feature for every capability of the protocol
//     (rename, formatting, semantic tokens, call hierarchy, inlay hints...). A feature acts only
//     when the server declares its capability (server/src/server.ts's `onInitialize`) or
//     registers it later, which ours never does (it calls no `client.register`), so the features
//     below are dropped from `registerBuiltinFeatures` and their modules from the bundle. What the
//     client still tells the server it can do (its capabilities in `initialize`) loses their
//     entries, which the server does not read (of the client's capabilities it reads only
//     `workspace.configuration`).
//   - vscode-languageserver builds its connection's `languages`, `workspace`, `window` and
//     `notebooks` from mixins, one per feature; the mixins below add handlers our server never
//     sets (`connection.languages.semanticTokens`...), so they become the identity and the
//     connection simply lacks those members (a use fails at once, in the tests). A request for
//     one of those methods gets "unhandled method" from the connection either way. The classes
//     those modules also export (SemanticTokensBuilder, NotebookDocuments...) are stubs that throw.
//   - vscode-languageserver's `Files` (lib/node/files.js) turns a file URI into a path and finds
//     globally installed modules by running npm or yarn; our server uses none of it (it reads no
//     files and starts no process), so its functions are stubs that throw, and the bundled
//     server no longer contains a `require("child_process")` at all.
// About 7.8 KB off the packed extension bundle (scripts/pack.mjs). If a library update changes the
// code this rewrites, the build fails here rather than bundling something else.
import * as fs from 'node:fs';

/** vscode-languageclient/lib/common modules whose features client.js registers and we never use. */
const CLIENT_FEATURES = [
  'signatureHelp', 'definition', 'reference', 'documentHighlight', 'workspaceSymbol', 'codeLens', 'formatting',
  'rename', 'typeDefinition', 'implementation', 'colorProvider', 'declaration', 'selectionRange', 'callHierarchy',
  'semanticTokens', 'linkedEditingRange', 'fileOperations', 'typeHierarchy', 'inlineValue', 'inlayHint',
  'inlineCompletion', 'textDocumentContent',
];

/**
 * Where the server would declare each of CLIENT_FEATURES (and of the server mixins that answer a
 * client's request) in its capabilities: a path into `InitializeResult.capabilities`. The tests
 * check that the server declares none of them, so declaring one fails a test rather than leaving
 * the client deaf to it.
 */
export const DROPPED_CAPABILITIES = [
  'signatureHelpProvider', 'definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'workspaceSymbolProvider',
  'codeLensProvider', 'documentFormattingProvider', 'documentRangeFormattingProvider', 'documentOnTypeFormattingProvider',
  'renameProvider', 'typeDefinitionProvider', 'implementationProvider', 'colorProvider', 'declarationProvider',
  'selectionRangeProvider', 'callHierarchyProvider', 'semanticTokensProvider', 'linkedEditingRangeProvider',
  'workspace.fileOperations', 'typeHierarchyProvider', 'inlineValueProvider', 'inlayHintProvider', 'inlineCompletionProvider',
  'workspace.textDocumentContent', 'diagnosticProvider', 'notebookDocumentSync', 'monikerProvider',
];

/** vscode-languageserver/lib/common modules of connection mixins we never use. */
const SERVER_FEATURES = [
  'callHierarchy', 'semanticTokens', 'showDocument', 'fileOperations', 'linkedEditingRange', 'typeHierarchy',
  'inlineValue', 'inlayHint', 'diagnostic', 'notebook', 'moniker', 'inlineCompletion', 'textDocumentContent',
];

/** What vscode-languageserver's lib/node/files.js exports (its `Files` namespace). */
const FILES = ['uriToFilePath', 'resolveGlobalNodePath', 'resolveGlobalYarnPath', 'resolve', 'resolveModulePath'];

const FILES_JS = /[\\/]node_modules[\\/]vscode-languageserver[\\/]lib[\\/]node[\\/]files\.js$/;
const CLIENT_JS = /[\\/]node_modules[\\/]vscode-languageclient[\\/]lib[\\/]common[\\/]client\.js$/;
const SERVER_MODULE = /[\\/]node_modules[\\/]vscode-languageserver[\\/]lib[\\/]common[\\/](\w+)\.js$/;

/** client.js without the registration and the import of each of CLIENT_FEATURES. */
function trimClient(file) {
  let source = fs.readFileSync(file, 'utf8');
  for (const module of CLIENT_FEATURES) {
    const required = new RegExp(`^const ${module}_1 = require\\("\\./${module}"\\);\\n`, 'm');
    const registered = new RegExp(`^ *this\\.registerFeature\\(new ${module}_1\\.\\w+\\(this\\)\\);\\n`, 'gm');
    if (!required.test(source) || !registered.test(source)) throw new Error(`lsp-unused: vscode-languageclient's client.js no longer registers ${module} as expected`);
    source = source.replace(required, '').replace(registered, '');
    if (source.includes(`${module}_1`)) throw new Error(`lsp-unused: vscode-languageclient's client.js uses ${module} beyond registering it`);
  }
  return source;
}

/** A module of SERVER_FEATURES: each mixin (`...Feature`) the identity, each other class a stub that throws. */
function stubServerModule(file, module) {
  const names = [...fs.readFileSync(file, 'utf8').matchAll(/^exports\.(\w+) = \1;$/gm)].map((m) => m[1]);
  if (!names.some((name) => name.endsWith('Feature'))) throw new Error(`lsp-unused: vscode-languageserver's ${module}.js exports no feature`);
  return names
    .map((name) =>
      name.endsWith('Feature')
        ? `exports.${name} = (Base) => Base;`
        : `exports.${name} = class { constructor() { throw new Error('${name} is left out of this bundle (scripts/lsp-unused.mjs)'); } };`,
    )
    .join('\n');
}

/** files.js with each function a stub that throws. */
function stubFiles(file) {
  const names = [...fs.readFileSync(file, 'utf8').matchAll(/^exports\.(\w+) = \1;$/gm)].map((m) => m[1]).sort();
  if (names.join() !== [...FILES].sort().join()) throw new Error(`lsp-unused: vscode-languageserver's files.js exports ${names.join(', ')}`);
  return `function unused() { throw new Error('vscode-languageserver Files is left out of this bundle (scripts/lsp-unused.mjs)'); }\n${FILES.map((name) => `exports.${name} = unused;`).join('\n')}`;
}

/** The plugin. */
export const lspUnusedPlugin = {
  name: 'lsp-unused',
  setup(build) {
    build.onLoad({ filter: FILES_JS }, (args) => ({ contents: stubFiles(args.path), loader: 'js' }));
    build.onLoad({ filter: CLIENT_JS }, (args) => ({ contents: trimClient(args.path), loader: 'js' }));
    build.onLoad({ filter: SERVER_MODULE }, (args) => {
      const module = SERVER_MODULE.exec(args.path)[1];
      return SERVER_FEATURES.includes(module) ? { contents: stubServerModule(args.path, module), loader: 'js' } : undefined;
    });
  },
};
