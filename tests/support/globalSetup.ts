import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './staticServer';
import { findBrowser } from './findBrowser';

/** Serves the built dist/ once for every end-to-end test file. `npm test` builds it first. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does this for you).');
  }
  findBrowser(); // fail once, early, with install instructions
  // The HTML validator (vnu-jar) is a Java program: say so up front, not as a cryptic spawn error.
  if (spawnSync('java', ['-version'], { encoding: 'utf8' }).status !== 0) {
    throw new Error(
      'Java is missing: the HTML validator (vnu-jar) needs it. Install it with `apt-get install -y default-jre-headless` (Debian/Ubuntu) or any Java 11+ runtime on PATH.',
    );
  }
  if (spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error) {
    throw new Error(
      'pdftotext is missing: the print tests read printed PDFs with it. Install it with `apt-get install -y poppler-utils` (Debian/Ubuntu).',
    );
  }
  const server = await serveStatic('dist');
  project.provide('baseURL', server.url);
  return server.close;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
