import { describe, expect, it } from 'vitest';
import { planSlides, slideAfterReplan, slideFromQuery, slideName, type Block, type SlideNameWords } from '../../src/lib/slidePlan';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { fill } from '../../src/lib/fill';

const b = (kind: Block['kind'], height = 100): Block => ({ kind, height });

describe('presentation slide plan', () => {
  it('puts the title, each section and the questions on their own slides', () => {
    const slides = planSlides([b('title'), b('heading'), b('block'), b('heading'), b('block'), b('questions')], 800);
    expect(slides.map((s) => s.blocks)).toEqual([[0], [1, 2], [3, 4], [5]]);
  });

  it('continues a long section on a new slide that repeats its heading', () => {
    const slides = planSlides([b('title'), b('heading', 100), b('block', 400), b('block', 400), b('block', 100)], 800);
    expect(slides.map((s) => s.blocks)).toEqual([[0], [1, 2], [1, 3, 4]]);
    expect(slides[2]).toMatchObject({ heading: 1, continued: true });
  });

  it('gives a figure a full slide and resumes the section after it', () => {
    const slides = planSlides([b('heading'), b('block'), b('figure', 700), b('block')], 800);
    expect(slides.map((s) => s.blocks)).toEqual([[0, 1], [2], [0, 3]]);
  });

  it('never cuts a block taller than a slide: it gets a slide of its own', () => {
    const slides = planSlides([b('heading', 100), b('block', 1200), b('block', 100)], 800);
    expect(slides.map((s) => s.blocks)).toEqual([[0], [0, 1], [0, 2]]);
  });

  it('never leaves a subheading at the bottom of a slide: it moves on with its text', () => {
    const slides = planSlides([b('heading', 100), b('block', 500), b('subheading', 80), b('block', 300)], 800);
    expect(slides.map((s) => s.blocks)).toEqual([
      [0, 1],
      [0, 2, 3],
    ]);
    expect(slides[1]).toMatchObject({ heading: 0, continued: true });
  });

  it('keeps paragraphs before the first heading together after the title', () => {
    const slides = planSlides([b('title'), b('block'), b('block'), b('heading')], 800);
    expect(slides.map((s) => s.blocks)).toEqual([[0], [1, 2], [3]]);
  });

  it('reads the slide number from the URL and clamps it to the deck', () => {
    expect(slideFromQuery('4', 10)).toBe(4);
    expect(slideFromQuery('0', 10)).toBe(1);
    expect(slideFromQuery('99', 10)).toBe(10);
    expect(slideFromQuery(null, 10)).toBe(1);
    expect(slideFromQuery('abc', 10)).toBe(1);
  });

  it('puts the heading, the introduction and the QR code of a figure page on one title slide', () => {
    const slides = planSlides([b('title'), b('title'), b('title'), b('figure'), b('heading')], 800);
    expect(slides.map((s) => s.blocks)).toEqual([[0, 1, 2], [3], [4]]);
  });

  it('steps a figure with states through one slide each, in order, then resumes the prose', () => {
    const states = ['1948', '2009', '2022-04-13'];
    const blocks: Block<string>[] = [
      { kind: 'title', height: 100 },
      { kind: 'figure', height: 2000, states },
      { kind: 'heading', height: 100 },
      { kind: 'block', height: 100 },
    ];
    const slides = planSlides(blocks, 800);
    expect(slides.map((s) => [s.blocks, s.state])).toEqual([
      [[0], undefined],
      [[1], '1948'],
      [[1], '2009'],
      [[1], '2022-04-13'],
      [[2, 3], undefined],
    ]);
  });

  it("a figure without states stays one slide (a chapter's timeline or map)", () => {
    const slides = planSlides([b('heading'), { kind: 'figure', height: 700, states: [] }], 800);
    expect(slides.map((s) => s.blocks)).toEqual([[0], [1]]);
  });

  it('after re-planning, stays on the same figure state, or on the slide that shows the same first block', () => {
    const a = { key: 'a' };
    const bState = { key: 'b' };
    const before = planSlides<{ key: string }>([b('title'), { kind: 'figure', height: 100, states: [a, bState] }], 800);
    const after = planSlides<{ key: string }>([b('title'), { kind: 'figure', height: 100, states: [{ key: 'a' }, { key: 'b' }] }], 800);
    expect(slideAfterReplan(after, before[2], (x, y) => x.key === y.key)).toBe(3);
    const text = planSlides([b('heading', 100), b('block', 500), b('block', 500)], 800);
    const taller = planSlides([b('heading', 100), b('block', 300), b('block', 300)], 800);
    expect(slideAfterReplan(taller, text[1])).toBe(1);
    expect(slideAfterReplan(text, undefined)).toBe(1);
  });
});

describe('slide names', () => {
  const names = (words: SlideNameWords): string[] => [
    slideName({ kind: 'title' }, words),
    slideName({ kind: 'questions' }, words),
    slideName({ kind: 'figure', name: 'Timeline of the Americas' }, words),
    slideName({ kind: 'figure', name: '' }, words),
    slideName({ kind: 'section', heading: null, continued: false }, words),
    slideName({ kind: 'section', heading: 'Why CELAC', continued: true }, words),
  ];

  it('are English on English pages, as present mode has always named them', () => {
    expect(names(en.present)).toEqual([
      'Title',
      'Questions for discussion',
      'Figure: Timeline of the Americas',
      'Figure',
      'Introduction',
      'Why CELAC (continued)',
    ]);
  });

  it('are Spanish on Spanish pages', () => {
    expect(names(es.present)).toEqual([
      'Portada',
      'Preguntas para la discusión',
      'Figura: Timeline of the Americas',
      'Figura',
      'Introducción',
      'Why CELAC (continuación)',
    ]);
    expect(fill(es.present.status, { n: 3, total: 12, label: 'Portada' })).toBe('Diapositiva 3 de 12: Portada');
    expect(fill(es.present.goTo, { n: 1, label: 'Portada' })).toBe('Ir a la diapositiva 1: Portada');
  });
});
