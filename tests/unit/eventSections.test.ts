import { describe, expect, it } from 'vitest';
import { eventSections } from '../../src/lib/eventSections';
import { calloutId } from '../../src/lib/calloutId';

const body = `
Opening words, <EventLink id="in-the-opening">then</EventLink>.

## A speech with the world listening

On <EventLink id="summit">18 September</EventLink> they met.

<FactCheck title="Bolivia 2019, question 1: was there fraud?">

On <EventLink id="election">20 October 2019</EventLink> the count gave…

</FactCheck>

After the box, <EventLink id="after-box">again</EventLink>, and <EventLink id="summit">the summit</EventLink> once more.

### 1848: the treaty

<SinceThen date="2025-11-05" title="Áñez’s sentence annulled">The court <EventLink id="annulled">ruled</EventLink>.</SinceThen> Then <EventLink id="after-inline-box">this</EventLink>.

\`\`\`
## Not a heading <EventLink id="in-code">x</EventLink>
\`\`\`

## Last section
`;
// As render() reports them: the pipeline's own slugs, the footnotes' heading last.
const headings = [
  { depth: 2, slug: 'a-speech-with-the-world-listening' },
  { depth: 3, slug: '1848-the-treaty' },
  { depth: 2, slug: 'last-section' },
  { depth: 2, slug: 'footnote-label' },
];

describe('where a chapter discusses an event (eventSections)', () => {
  const sections = eventSections(body, headings);

  it('gives the nearest heading above the first link', () => {
    expect(sections.get('summit')).toBe('a-speech-with-the-world-listening');
    expect(sections.get('after-box')).toBe('a-speech-with-the-world-listening');
    expect(sections.get('after-inline-box')).toBe('1848-the-treaty');
  });

  it('gives the marked box a link sits in, by the id the box gets from its title', () => {
    expect(sections.get('election')).toBe('bolivia-2019-question-1-was-there-fraud');
    expect(sections.get('annulled')).toBe(calloutId('Áñez’s sentence annulled'));
    expect(calloutId('Áñez’s sentence annulled')).toBe('áñezs-sentence-annulled');
    // The same id a heading of the same words gets (github-slugger, as Astro's Markdown).
    expect(calloutId('North America’s trade agreement')).toBe('north-americas-trade-agreement');
  });

  it('leaves out links above the first heading (the chapter’s top) and code', () => {
    expect(sections.has('in-the-opening')).toBe(false);
    expect(sections.has('in-code')).toBe(false);
  });
});
