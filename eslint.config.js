import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier/flat';
import globals from 'globals';

/**
 * The browser boundary. Islands ship to the browser, so they may import build-time modules only
 * for their types (`import type` is erased); pages, components and layouts reach into an island
 * only to mount it. Import strings are matched as written (relative), hence the regexes.
 */
const ISLAND_MAIN_COMPONENTS = [
  'timeline/Timeline',
  'map/MembershipMap',
  // Mounted without a client directive: the island's own view, drawn to static HTML once, so
  // an event page and /map/'s histories read exactly as the hydrated figure does.
  'timeline/EventPanel',
  'map/StateHistories',
];

const islandImports = {
  patterns: [
    { regex: '^node:', message: 'Islands run in the browser: no Node built-ins.' },
    { regex: '^(d3-geo|topojson-[a-z-]+)(/|$)', message: 'Projection and TopoJSON run at build time (src/lib/geo), never in an island.' },
    { regex: '^astro:', message: 'Astro virtual modules exist only at build time.' },
    {
      regex: '^\\.{1,2}/(.*/)?(lib/geo|loaders|figures)(/|$)',
      message: 'Build-time geometry, loaders and figure data reach an island only as props; import their types with `import type`.',
    },
    { regex: '^\\.{1,2}/(.*/)?content(\\.ts)?$', message: 'src/content.ts queries collections at build time; pass its data as props.' },
  ],
};

const pageImports = {
  patterns: [
    {
      regex: `^\\.{1,2}/(.*/)?islands/(?!(${ISLAND_MAIN_COMPONENTS.join('|')})(\\.tsx)?$)`,
      message: `Pages, components and layouts import from src/islands/ only to mount an island (${ISLAND_MAIN_COMPONENTS.join(', ')}); move what they share to src/lib or src/figures.`,
    },
  ],
};

/** Type-aware rules for TypeScript; the project service reads tsconfig.json. */
const typeChecked = {
  files: ['**/*.{ts,tsx}'],
  ignores: ['**/*.astro/*'],
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  rules: {
    '@typescript-eslint/no-floating-promises': 'error',
    '@typescript-eslint/no-misused-promises': 'error',
    '@typescript-eslint/await-thenable': 'error',
    '@typescript-eslint/no-unnecessary-type-assertion': 'error',
  },
};

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'reports/', 'test-results/', 'node_modules/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-recommended'],
  typeChecked,
  // The plugin object itself, as eslint-plugin-astro registers it (its flatConfigs hold a copy).
  { files: ['**/*.tsx'], plugins: { 'jsx-a11y': jsxA11y }, rules: jsxA11y.flatConfigs.recommended.rules },
  { files: ['**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // Where code runs decides its globals: the browser for islands and page scripts, Node for the
  // build (config, integrations, tests, tools); .astro frontmatter runs in Node.
  { files: ['src/islands/**', 'src/scripts/**', '**/*.astro/*.{js,ts}'], languageOptions: { globals: globals.browser } },
  { files: ['*.{js,mjs,ts}', 'src/integrations/**', 'tests/**', '**/*.astro'], languageOptions: { globals: globals.node } },
  {
    files: ['src/islands/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { ...islandImports, patterns: islandImports.patterns.map((p) => ({ ...p, allowTypeImports: true })) },
      ],
    },
  },
  {
    files: ['src/pages/**', 'src/components/**', 'src/layouts/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: pageImports.patterns.map((p) => ({ ...p, allowTypeImports: true })) },
      ],
    },
  },
  prettier,
);
