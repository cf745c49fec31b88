// An esbuild plugin that leaves out of our bundles the parts of the language-server protocol
// libraries for capabilities Policy Author never has (it adds them back if the server declares one):
//   - vscode-languageclient registers a client feature for every capability of the protocol
//     (rename, formatting, semantic tokens, call hierarchy, inlay hints...). A feature acts only
//     when the server declares its capability (server/src/server.ts's `onInitialize`) or
//     registers it later, which ours never does (it calls no `client.register`), so the features
//     below are dropped from `registerBuiltinFeatures` and their modules from the bundle. What the
//     client still tells the server it can do (its capabilities in `initialize`) loses their
//     entries, which the server does not read (it reads `workspace.configuration` and
//     `experimental`).
//   - vscode-languageserver builds its connection's `languages`, `workspace`, `window` and
//     `notebooks` from mixins, one per feature; the mixins below add handlers our server never
//     sets (`connection.languages.semanticTokens`...), so they become the identity and the
//     connection simply lacks those members (a use fails at once, in the tests). A request for
//     one of those methods gets "unhandled method" from the connection either way. The classes
//     those modules also export (SemanticTokensBuilder, NotebookDocuments...) are stubs that throw.
// About 7 KB off the packed extension bundle (scripts/pack.mjs). If a library update changes the
// code this rewrites, the build fails here rather than bundling something else.
import * as fs from 'node:fs';

/** vscode-languageclient/lib/common modules whose features client.js registers and we never use. */
const CLIENT_FEATURES = [
  'signatureHelp', 'definition', 'reference', 'documentHighlight', 'workspaceSymbol', 'codeLens', 'formatting',
  'rename', 'typeDefinition', 'implementation', 'colorProvider', 'declaration', 'selectionRange', 'callHierarchy',
  'semanticTokens', 'linkedEditingRange', 'fileOperations', 'typeHierarchy', 'inlineValue', 'inlayHint',
  'inlineCompletion', 'textDocumentContent',
];

/** vscode-languageserver/lib/common modules of connection mixins we never use. */
const SERVER_FEATURES = [
  'callHierarchy', 'semanticTokens', 'showDocument', 'fileOperations', 'linkedEditingRange', 'typeHierarchy',
  'inlineValue', 'inlayHint', 'diagnostic', 'notebook', 'moniker', 'inlineCompletion', 'textDocumentContent',
];

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

/** The plugin. */
export const lspUnusedPlugin = {
  name: 'lsp-unused',
  setup(build) {
    build.onLoad({ filter: CLIENT_JS }, (args) => ({ contents: trimClient(args.path), loader: 'js' }));
    build.onLoad({ filter: SERVER_MODULE }, (args) => {
      const module = SERVER_MODULE.exec(args.path)[1];
      return SERVER_FEATURES.includes(module) ? { contents: stubServerModule(args.path, module), loader: 'js' } : undefined;
    });
  },
};
