/**
 * Share-card images (1200×630 PNG), one per page listed in PAGE_CARDS, chapter and
 * timeline event, rendered once at build time. Pages point at them through ShareMeta.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getChapters, getEvents, getMembershipCounts } from '../../content';
import { toEventView } from '../../figures/timelineData';
import { chapterCard, eventCard, pageCards, type OgCard } from '../../lib/og/ogCard';
import { renderCard } from '../../lib/og/ogRender';
import { ogRouteParam } from '../../lib/urls';

export const getStaticPaths = (async () => {
  const [chapters, events, counts] = await Promise.all([getChapters(), getEvents(), getMembershipCounts()]);
  const cards: OgCard[] = [
    ...pageCards({ celac: counts.celac, states: counts.states }),
    ...chapters.map((c) =>
      chapterCard({ slug: c.slug, number: c.number, total: chapters.length, title: c.entry.data.title, years: c.entry.data.years }),
    ),
    ...events.map((entry) => eventCard(toEventView(entry))),
  ];
  return cards.map((card) => ({ params: { slug: ogRouteParam(card.imagePath) }, props: { card } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const png = await renderCard(props.card, site?.host ?? '');
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
