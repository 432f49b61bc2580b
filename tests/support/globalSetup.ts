import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './staticServer';
import { findBrowser } from './findBrowser';

/** Serves the built dist/ once for every end-to-end test file. `npm test` builds it first. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does this for you).');
  }
  findBrowser(); // fail once, early, with install instructions
  const server = await serveStatic('dist');
  project.provide('baseURL', server.url);
  return server.close;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
