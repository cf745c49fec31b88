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
//   - vscode-languageclient matches glob patterns of document selectors with minimatch
//     (lib/common/utils/globPattern.js) only for pull diagnostics and notebook documents, whose
//     capabilities (diagnosticProvider, notebookDocumentSync) are in DROPPED_CAPABILITIES: its
//     `matchGlobPattern` is a stub that throws, and minimatch is not bundled.
//   - vscode-languageclient checks at start that VS Code is at least the version it was made for
//     (lib/node/main.js, with semver). VS Code starts no extension whose `engines.vscode` it does
//     not satisfy, and ours asks for more than the library does (checked here at build time), so
//     the check is always passed: it becomes a comparison of nothing, and semver is not bundled.
// About 7.8 KB, and then about 13 KB more, off the packed extension bundle (scripts/pack.mjs). If a
// library update changes the code this rewrites, the build fails here rather than bundling
// something else.
import * as fs from 'node:fs';

/** vscode-languageclient/lib/common modules whose features client.js registers and we never use. */
const CLIENT_FEATURES = [
  'signatureHelp', 'definition', 'reference', 'documentHighlight', 'workspaceSymbol', 'codeLens', 'formatting',
  'rename', 'typeDefinition', 'implementation', 'colorProvider', 'declaration', 'selectionRange', 'callHierarchy',
  'semanticTokens', 'linkedEditingRange', 'fileOperations', 'typeHierarchy', 'inlineValue', 'inlayHint',
  'inlineCompletion', 'textDocumentContent',
];

/**
 * vscode-languageclient/lib/common modules of features for capabilities in DROPPED_CAPABILITIES
 * (notebookDocumentSync, diagnosticProvider: pull diagnostics; ours are pushed, which client.js
 * handles itself) that client.js reads beyond registering them, and api.js re-exports: client.js no
 * longer registers them, and each module is a stub with what those read of it (the cell scheme; the
 * two enumerations), its feature a class that throws. About 37 KB of the bundle before compression.
 */
const CLIENT_STUBS = {
  notebook: {
    exports: ['NotebookDocumentSyncFeature'],
    stub: "exports.NotebookDocumentSyncFeature = class { static CellScheme = 'vscode-notebook-cell'; constructor() { throw new Error('NotebookDocumentSyncFeature is left out of this bundle (scripts/lsp-unused.mjs)'); } };",
  },
  diagnostic: {
    exports: ['DiagnosticFeature', 'DiagnosticPullMode', 'vsdiag'],
    stub: [
      "exports.vsdiag = { DocumentDiagnosticReportKind: { full: 'full', unChanged: 'unChanged' } };",
      "exports.DiagnosticPullMode = { onType: 'onType', onSave: 'onSave', onFocus: 'onFocus' };",
      "exports.DiagnosticFeature = class { constructor() { throw new Error('DiagnosticFeature is left out of this bundle (scripts/lsp-unused.mjs)'); } };",
    ].join('\n'),
  },
};

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
const GLOB_JS = /[\\/]node_modules[\\/]vscode-languageclient[\\/]lib[\\/]common[\\/]utils[\\/]globPattern\.js$/;
const MAIN_JS = /[\\/]node_modules[\\/]vscode-languageclient[\\/]lib[\\/]node[\\/]main\.js$/;
const CLIENT_JS = /[\\/]node_modules[\\/]vscode-languageclient[\\/]lib[\\/]common[\\/]client\.js$/;
const CLIENT_STUB_JS = /[\\/]node_modules[\\/]vscode-languageclient[\\/]lib[\\/]common[\\/](notebook|diagnostic)\.js$/;
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
  for (const module of Object.keys(CLIENT_STUBS)) {
    const registered = new RegExp(`^ *this\\.registerFeature\\(new ${module}_1\\.\\w+\\(this\\)\\);\\n`, 'gm');
    if (!registered.test(source)) throw new Error(`lsp-unused: vscode-languageclient's client.js no longer registers ${module} as expected`);
    source = source.replace(registered, '');
  }
  return source;
}

/** A module of CLIENT_STUBS as its stub, once its exports are checked to be those the stub has. */
function stubClientModule(file, module) {
  // (TypeScript's CommonJS output declares a module's exports first: "exports.A = exports.B = void 0;".)
  const declared = /^exports\.\w+ = .*void 0;$/m.exec(fs.readFileSync(file, 'utf8'))?.[0] ?? '';
  const found = [...declared.matchAll(/exports\.(\w+)/g)].map((m) => m[1]).sort().join();
  if (found !== [...CLIENT_STUBS[module].exports].sort().join()) throw new Error(`lsp-unused: vscode-languageclient's ${module}.js exports ${found}`);
  return CLIENT_STUBS[module].stub;
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

/** globPattern.js with `matchGlobPattern` a stub that throws. */
function stubGlob(file) {
  const names = [...fs.readFileSync(file, 'utf8').matchAll(/^exports\.(\w+) = \1;$/gm)].map((m) => m[1]);
  if (names.join() !== 'matchGlobPattern') throw new Error(`lsp-unused: vscode-languageclient's globPattern.js exports ${names.join(', ')}`);
  return "exports.matchGlobPattern = () => { throw new Error('matchGlobPattern is left out of this bundle (scripts/lsp-unused.mjs)'); };";
}

/** The lowest version a `^x.y.z` range allows, as [x, y, z]. */
function lowest(range, what) {
  const m = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range);
  if (!m) throw new Error(`lsp-unused: ${what} is ${range}, not ^x.y.z`);
  return m.slice(1).map(Number);
}

/** Throws unless every VS Code that `engines` (ours) allows satisfies `required` (the client's). */
export function checkEngines(engines, required) {
  const [a, b] = [lowest(engines, 'engines.vscode'), lowest(required, 'REQUIRED_VSCODE_VERSION')];
  const cmp = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  if (a[0] !== b[0] || cmp < 0) throw new Error(`lsp-unused: engines.vscode ${engines} allows a VS Code that vscode-languageclient (${required}) refuses`);
}

/** main.js without semver: its version check passes whatever VS Code that starts our extension at all. */
function trimMain(file) {
  const source = fs.readFileSync(file, 'utf8');
  const required = /^const REQUIRED_VSCODE_VERSION = '([^']+)';/m.exec(source);
  const ours = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.vscode;
  if (!required) throw new Error("lsp-unused: vscode-languageclient's main.js no longer names REQUIRED_VSCODE_VERSION");
  checkEngines(ours, required[1]);
  const parse = 'const semverParse = require("semver/functions/parse");\n';
  const satisfies = 'const semverSatisfies = require("semver/functions/satisfies");\n';
  if (!source.includes(parse) || !source.includes(satisfies)) throw new Error("lsp-unused: vscode-languageclient's main.js no longer requires semver as expected");
  const trimmed = source.replace(parse, 'const semverParse = () => ({ prerelease: [] });\n').replace(satisfies, 'const semverSatisfies = () => true;\n');
  if (trimmed.includes('semver/')) throw new Error("lsp-unused: vscode-languageclient's main.js uses more of semver than expected");
  return trimmed;
}

/** The plugin. */
export const lspUnusedPlugin = {
  name: 'lsp-unused',
  setup(build) {
    build.onLoad({ filter: FILES_JS }, (args) => ({ contents: stubFiles(args.path), loader: 'js' }));
    build.onLoad({ filter: GLOB_JS }, (args) => ({ contents: stubGlob(args.path), loader: 'js' }));
    build.onLoad({ filter: MAIN_JS }, (args) => ({ contents: trimMain(args.path), loader: 'js' }));
    build.onLoad({ filter: CLIENT_JS }, (args) => ({ contents: trimClient(args.path), loader: 'js' }));
    build.onLoad({ filter: CLIENT_STUB_JS }, (args) => ({ contents: stubClientModule(args.path, CLIENT_STUB_JS.exec(args.path)[1]), loader: 'js' }));
    build.onLoad({ filter: SERVER_MODULE }, (args) => {
      const module = SERVER_MODULE.exec(args.path)[1];
      return SERVER_FEATURES.includes(module) ? { contents: stubServerModule(args.path, module), loader: 'js' } : undefined;
    });
  },
};
