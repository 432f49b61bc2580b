/**
 * Share-card images (1200×630 PNG), rendered once at build time: in every language, one per
 * page with a card of its own (lib/og/ogCard.ts), chapter and timeline event, at the path
 * lib/urls.ts gives it ("/og/chapters/x.png", "/es/og/chapters/x.png"). Pages point at them
 * through ShareMeta. The route sits at the root so one file serves every language's prefix.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getChapters, getContentLocales, getEvents, getMembershipCounts } from '../content';
import { formatDateSpan } from '../lib/formatDate';
import type { Locale } from '../lib/locales';
import { chapterCard, eventCard, pageCards, type OgCard } from '../lib/og/ogCard';
import { renderCard } from '../lib/og/ogRender';

async function cardsFor(locale: Locale): Promise<OgCard[]> {
  const [chapters, events, counts] = await Promise.all([getChapters(locale), getEvents(locale), getMembershipCounts(locale)]);
  return [
    ...pageCards({ celac: counts.celac, states: counts.states }, locale),
    ...chapters.map((c) =>
      chapterCard({ slug: c.slug, number: c.number, total: chapters.length, title: c.entry.data.title, years: c.entry.data.years }, locale),
    ),
    ...events.map(({ event: e }) =>
      eventCard({ id: e.id, title: e.title, dateLabel: formatDateSpan(e.date, e.until, { locale }), anchor: e.anchor }, locale),
    ),
  ];
}

export const getStaticPaths = (async () => {
  // The languages that have content (a build with TRANSLATIONS_DIR='' has English alone).
  const cards = (await Promise.all((await getContentLocales()).map(cardsFor))).flat();
  // The route's parameter is the image's path without its leading slash and extension.
  return cards.map((card) => ({ params: { card: card.imagePath.replace(/^\/|\.png$/g, '') }, props: { card } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const png = await renderCard(props.card, site?.host ?? '');
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
