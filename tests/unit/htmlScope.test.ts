import { describe, expect, it } from 'vitest';
import { scopeHtml } from '../../src/lib/htmlScope';

describe('scopeHtml: several chapters on one page', () => {
  it('prefixes ids and the in-page links that point at them, such as footnotes and their back-links', () => {
    const html =
      '<h2 id="the-summit">The summit</h2><sup><a href="#user-content-fn-x" id="user-content-fnref-x">1</a></sup><li id="user-content-fn-x"><a href="#user-content-fnref-x">↩</a></li>';
    expect(scopeHtml(html, 'ch1--')).toBe(
      '<h2 id="ch1--the-summit">The summit</h2><sup><a href="#ch1--user-content-fn-x" id="ch1--user-content-fnref-x">1</a></sup><li id="ch1--user-content-fn-x"><a href="#ch1--user-content-fnref-x">↩</a></li>',
    );
  });

  it('follows ARIA and label references, including space-separated lists', () => {
    const html = '<section aria-labelledby="questions"><a aria-describedby="tip-celac tip-oas">x</a><label for="q">Q</label></section>';
    expect(scopeHtml(html, 'p-')).toBe(
      '<section aria-labelledby="p-questions"><a aria-describedby="p-tip-celac p-tip-oas">x</a><label for="p-q">Q</label></section>',
    );
  });

  it('leaves links to other pages, their fragments and look-alike attributes alone', () => {
    const html = '<a href="/glossary/#celac">CELAC</a><a href="https://example.org/#top">x</a><div data-id="keep" grid="x">y</div>';
    expect(scopeHtml(html, 'p-')).toBe(html);
  });

  it('rewrites SVG url(#…) references', () => {
    expect(scopeHtml('<svg><rect fill="url(#grad)"></rect><linearGradient id="grad"></linearGradient></svg>', 'p-')).toBe(
      '<svg><rect fill="url(#p-grad)"></rect><linearGradient id="p-grad"></linearGradient></svg>',
    );
  });

  it('finds attributes however they are quoted', () => {
    const out = scopeHtml("<p id='a'>x</p><a href='#a'>y</a>", 'p-');
    expect(out).toContain('id="p-a"');
    expect(out).toContain('href="#p-a"');
  });

  it('moves opening and closing heading tags down a level and stops at h6', () => {
    expect(scopeHtml('<h2 id="a">A</h2><h3>B</h3><h6>C</h6><header>h</header><hr>', '', 1)).toBe(
      '<h3 id="a">A</h3><h4>B</h4><h6>C</h6><header>h</header><hr>',
    );
  });
});

describe('scopeHtml keeps every word', () => {
  it('keeps the text before and after a comment (React writes <!-- --> between text parts)', () => {
    expect(scopeHtml('<p id="a">States on <!-- -->13 April 2022</p>', 'p-')).toBe('<p id="p-a">States on <!-- -->13 April 2022</p>');
  });
});
