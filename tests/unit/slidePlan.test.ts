import { describe, expect, it } from 'vitest';
import { planSlides, slideFromQuery, type Block } from '../../src/lib/slidePlan';

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
    expect(slides.map((s) => s.blocks)).toEqual([[0, 1], [0, 2, 3]]);
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
});
