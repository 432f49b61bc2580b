/**
 * The few scripts that must run where they stand, during parsing and before first paint,
 * which a module script (deferred) cannot. They live here as strings so astro.config.mjs can
 * put their SHA-256 hashes in every page's Content-Security-Policy: Astro does not hash
 * `is:inline` scripts, and the policy has no 'unsafe-inline'. Render them with InlineScript.astro.
 */
import { createHash } from 'node:crypto';

export const INLINE_SCRIPTS = {
  /** In <head>: a stored dark or projector theme never flashes light. Keep in step with scripts/theme.ts. */
  themeBeforePaint:
    "(function(){var c='auto';try{c=localStorage.getItem('theme')||'auto'}catch(e){}if(c!=='light'&&c!=='dark'&&c!=='contrast'){c=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=c})();",
  /** Right after the contents' <details>: collapsed below 72rem (where TableOfContents.astro stops being a sidebar), so the chapter never jumps up. */
  collapseContentsOnNarrow:
    "(function(d){if(d&&!matchMedia('(min-width: 72rem)').matches)d.open=false})(document.currentScript&&document.currentScript.previousElementSibling);",
} as const;

export type InlineScriptName = keyof typeof INLINE_SCRIPTS;

/** CSP source expressions ('sha256-…') for every inline script, for security.csp.scriptDirective. */
export function inlineScriptHashes(): `sha256-${string}`[] {
  return Object.values(INLINE_SCRIPTS).map((code) => `sha256-${createHash('sha256').update(code).digest('base64')}` as const);
}
