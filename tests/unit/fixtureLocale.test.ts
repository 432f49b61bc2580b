import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAstroSandbox, type AstroSandbox } from '../support/astroSandbox';

/**
 * The README's promise: a third language is files, one entry in src/lib/locales.ts and one word
 * in src/i18n/index.ts. This follows those steps in a throwaway copy with a fixture language,
 * "pt", whose words are the Spanish ones (it tests the plumbing, not a translation), and builds.
 */
let sandbox: AstroSandbox;
let build: { code: number | null; output: string };

const edit = (file: string, change: (text: string) => string): void => {
  const path = join(sandbox.dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`${file}: the fixture's edit found nothing to change (has the file's shape moved?)`);
  writeFileSync(path, after);
};

beforeAll(() => {
  sandbox = createAstroSandbox('locale');
  // 1. One entry in LOCALE_INFO.
  edit('src/lib/locales.ts', (text) =>
    text.replace(
      /\n} as const;/,
      `\n  pt: {\n    name: 'Português',\n    htmlLang: 'pt',\n    hreflang: 'pt-BR',\n    intl: 'pt-BR',\n    ogLocale: 'pt_BR',\n    routes: { chapters: 'capitulos', timeline: 'cronologia', map: 'mapa', glossary: 'glossario', about: 'sobre', handout: 'impressao', teach: 'ensinar', embed: 'incorporar', data: 'dados' },\n    dataFiles: { membership: 'historico-de-adesao', events: 'eventos-da-cronologia', readme: 'LEIAME' },\n  },\n} as const;`,
    ),
  );
  // 2. Its dictionary, registered.
  cpSync(join(sandbox.dir, 'src/i18n/es'), join(sandbox.dir, 'src/i18n/pt'), { recursive: true });
  edit('src/i18n/index.ts', (text) =>
    text
      .replace("import { es } from './es/index.ts';", "import { es } from './es/index.ts';\nimport { es as pt } from './pt/index.ts';")
      .replace('{ en, es }', '{ en, es, pt }'),
  );
  // 3. Its content.
  if (existsSync(join(sandbox.dir, 'content/es')))
    cpSync(join(sandbox.dir, 'content/es'), join(sandbox.dir, 'content/pt'), { recursive: true });
  build = sandbox.run('build', { SANDBOX_TIMEOUT_MS: '600000' });
}, 620_000);
afterAll(() => sandbox?.dispose());

const page = (path: string): string => readFileSync(join(sandbox.dir, 'dist', path, 'index.html'), 'utf8');

describe('a third language is files and one line of configuration', () => {
  it('builds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('gets its pages under its prefix, with its route names and its html lang', () => {
    expect(page('/pt/')).toContain('<html lang="pt"');
    for (const path of ['/pt/cronologia/', '/pt/mapa/', '/pt/glossario/', '/pt/sobre/', '/pt/impressao/'])
      expect(existsSync(join(sandbox.dir, 'dist', path, 'index.html')), path).toBe(true);
  });

  it('is named by every page of the other languages, and names them back', () => {
    expect(page('/')).toContain('hreflang="pt-BR" href="http://localhost:4321/pt/"');
    expect(page('/es/mapa/')).toContain('hreflang="pt-BR" href="http://localhost:4321/pt/mapa/"');
    expect(page('/pt/mapa/')).toContain('hreflang="es-419" href="http://localhost:4321/es/mapa/"');
    expect(page('/pt/mapa/')).toContain('<meta property="og:locale" content="pt_BR">');
  });
});
