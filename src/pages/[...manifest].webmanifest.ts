/**
 * The web app manifest of each language's edition ("/manifest.webmanifest",
 * "/es/manifest.webmanifest"): installing from a Spanish page gives a Spanish app that opens on
 * the Spanish home page. Both share one scope ("/") and one service worker, which holds both
 * languages offline.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentLocales } from '../content';
import { dictionary } from '../i18n';
import { APP_ICON_SIZE, ICON_TILE } from '../lib/icon/appIcons';
import { LOCALE_INFO, type Locale } from '../lib/locales';
import { appIconPath, manifestPath, pagePath, type AppIcon } from '../lib/urls';

export const getStaticPaths = (async () =>
  (await getContentLocales()).map((locale) => ({
    params: { manifest: manifestPath(locale).replace(/^\/|\.webmanifest$/g, '') },
    props: { locale },
  }))) satisfies GetStaticPaths;

const icon = (name: AppIcon, purpose: 'any' | 'maskable') => ({
  src: appIconPath(name),
  sizes: `${APP_ICON_SIZE[name]}x${APP_ICON_SIZE[name]}`,
  type: 'image/png',
  purpose,
});

export const GET: APIRoute<{ locale: Locale }> = ({ props: { locale } }) => {
  const { site, offline } = dictionary(locale);
  const start = pagePath('home', locale);
  const manifest = {
    id: start,
    name: site.title,
    short_name: offline.appShortName,
    description: site.tagline,
    lang: LOCALE_INFO[locale].htmlLang,
    dir: 'ltr',
    start_url: start,
    scope: '/',
    display: 'standalone',
    // The page's light background, and the favicon's tile for the title bar.
    background_color: '#fdfcf8',
    theme_color: ICON_TILE,
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      icon('192', 'any'),
      icon('512', 'any'),
      icon('maskable-512', 'maskable'),
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
