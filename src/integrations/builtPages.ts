import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every .html file under a built site's directory. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? htmlFiles(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.html') ? [join(dir, e.name)] : []),
    ),
  );
  return nested.flat().sort();
}

/** The URL path a built HTML file answers: dist/about/index.html → /about/. */
export function routeOf(file: string, root: string): string {
  const rel = relative(root, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}
