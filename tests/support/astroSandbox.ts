import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

export interface AstroRun {
  code: number | null;
  /** stdout and stderr, without colour codes, so tests can match field names as plain text. */
  output: string;
}

export interface AstroSandbox {
  /** Runs `astro sync` (schemas and loaders) or `astro build` (also the page queries) with extra env. */
  run(command: 'sync' | 'build', env: Record<string, string>): AstroRun;
  /** The copy's root, for tests that change files in it before running. */
  dir: string;
  dispose(): void;
}

const root = resolve('.');
const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json'];
// public/ may be absent in a checkout that has nothing in it yet; copy what exists.
const PROJECT_DIRS = ['src', 'content', 'public'];

/** Path of a fixture file or folder under tests/fixtures/. */
export const fixturePath = (...parts: string[]): string => join(root, 'tests/fixtures', ...parts);

/**
 * A throwaway copy of the project (node_modules linked, not copied) for feeding the build
 * malformed content through the CHAPTERS_DIR / EVENTS_FILE / MEMBERSHIP_FILE variables
 * without touching the real .astro/ cache or dist/.
 */
export function createAstroSandbox(label: string): AstroSandbox {
  const dir = mkdtempSync(join(tmpdir(), `explainer-${label}-`));
  for (const f of PROJECT_FILES) cpSync(join(root, f), join(dir, f));
  for (const d of PROJECT_DIRS) if (existsSync(join(root, d))) cpSync(join(root, d), join(dir, d), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    run(command, env) {
      const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), command], {
        cwd: dir,
        // Its own Astro cache (cacheDir), not the shared node_modules/.astro behind the symlink.
        env: {
          ...process.env,
          BUILD_FOR_TESTS: '1',
          ...env,
          ASTRO_CACHE_DIR: join(dir, '.astro-cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
        encoding: 'utf8',
        timeout: Number(env['SANDBOX_TIMEOUT_MS'] ?? 120_000),
      });
      return { code: r.status, output: stripVTControlCharacters(`${r.stdout}\n${r.stderr}`) };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
