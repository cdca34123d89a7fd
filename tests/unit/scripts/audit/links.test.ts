import { describe, expect, it } from 'vitest';
import { checkLinks, pageFacts, titleProblems } from '../../../../scripts/audit/links.ts';

const origin = 'https://returnee.example';
const page = (path: string, body: string, title = path) => pageFacts(path, `<html><head><title>${title}</title></head><body>${body}</body></html>`);
const exists = (paths: string[]) => (p: string) => paths.includes(p);

describe('pageFacts', () => {
  it('reads the title, ids and links with their language attributes', () => {
    const facts = pageFacts(
      '/en/',
      '<title> Home &amp; help </title><h2 id="hubs">x</h2><a href="/ka/" hreflang="ka" lang="ka">ქართ</a><a class="x" href="/en/a/?q=1&amp;r=2#top">a</a><a>no href</a>',
    );
    expect(facts.title).toBe('Home & help');
    expect([...facts.ids]).toEqual(['hubs']);
    expect(facts.links).toEqual([
      { href: '/ka/', hreflang: 'ka', lang: 'ka' },
      { href: '/en/a/?q=1&r=2#top', hreflang: undefined, lang: undefined },
    ]);
  });
});

describe('checkLinks', () => {
  const pages = [
    page('/ka/', '<a href="/ka/about/">ok</a><a href="/ka/about/#team">fragment</a><a href="/ka/missing/">broken</a>'),
    page('/ka/about/', '<h2 id="team">გუნდი</h2><a href="#nowhere">bad fragment</a><a href="/en/about/">untagged</a><a href="/en/about/" hreflang="en">tagged</a>'),
    page('/en/about/', '<a href="https://returnee.example/en/about/#x">absolute own</a><a href="https://georgia.iom.int/">external</a><a href="mailto:a@b.c">mail</a><a href="/data/hubs.csv">data</a>'),
  ];
  const problems = checkLinks(pages, exists(['/ka/', '/ka/about/', '/en/about/', '/data/hubs.csv']), origin);

  it('reports links to pages that do not exist', () => {
    expect(problems).toContainEqual({ page: '/ka/', href: '/ka/missing/', problem: 'leads to no page or file' });
  });

  it('reports fragments with no matching id, on the same page or another', () => {
    expect(problems).toContainEqual({ page: '/ka/about/', href: '#nowhere', problem: 'no element with id "nowhere" on /ka/about/' });
    expect(problems).toContainEqual({ page: '/en/about/', href: 'https://returnee.example/en/about/#x', problem: 'no element with id "x" on /en/about/' });
  });

  it('reports a link into the other language only when it does not say so', () => {
    const language = problems.filter((p) => p.problem.includes('other language'));
    expect(language).toEqual([
      { page: '/ka/about/', href: '/en/about/', problem: 'leads into the other language (en) without hreflang="en" or lang="en"' },
    ]);
  });

  it('leaves external, mail and resolving links alone', () => {
    expect(problems).toHaveLength(4);
  });
});

describe('titleProblems', () => {
  it('reports empty and shared titles', () => {
    expect(
      titleProblems([
        { path: '/ka/', title: 'მთავარი' },
        { path: '/en/', title: '' },
        { path: '/ka/a/', title: 'Same' },
        { path: '/ka/b/', title: 'Same' },
      ]),
    ).toEqual(['/en/ has no title', '"Same" is the title of /ka/a/, /ka/b/']);
  });
});
