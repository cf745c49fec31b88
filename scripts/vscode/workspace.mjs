// The folder each run starts from: fresh user data, extensions and a copy of the test notices,
// all under .vscode-test/ in the repository (nothing in $HOME or /tmp).
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** User settings that keep VS Code quiet and offline, and the Welcome page from covering screenshots. */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
};

/** Creates `.vscode-test/<name>/` afresh with user-data, extensions, workspace and xdg folders. */
export function prepareRun(repo, name) {
  const root = join(repo, '.vscode-test', name);
  rmSync(root, { recursive: true, force: true });
  const dirs = {
    root,
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    workspace: join(root, 'workspace'),
    xdg: join(root, 'xdg'),
    tmp: join(root, 'tmp'),
    report: join(root, 'report.json'),
    screenshots: join(root, 'screenshots'),
  };
  for (const dir of [dirs.userData, dirs.extensions, dirs.xdg, dirs.tmp, dirs.screenshots, join(dirs.userData, 'User')]) mkdirSync(dir, { recursive: true });
  cpSync(join(repo, 'test', 'fixtures', 'integration'), dirs.workspace, { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return dirs;
}
