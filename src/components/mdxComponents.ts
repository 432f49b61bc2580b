/** Components chapters may use without importing them (see content/WRITERS-BRIEF.md). */
import Term from './Term.astro';
import FactCheck from './FactCheck.astro';
import Background from './Background.astro';
import SinceThen from './SinceThen.astro';
import TimelineFigure from './TimelineFigure.astro';
import EventLink from './EventLink.astro';
import MembershipMapFigure from './MembershipMapFigure.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import A from './A.astro';

export const mdxComponents = {
  Term,
  FactCheck,
  Background,
  SinceThen,
  TimelineFigure,
  EventLink,
  MembershipMapFigure,
  h2: H2,
  h3: H3,
  a: A,
};
