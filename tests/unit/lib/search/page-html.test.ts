import { describe, expect, it } from 'vitest';
import {
  indexedLanguage,
  searchableText,
  separateAdjacentElements,
  urlOfBuiltFile,
  withSearchKeys,
  withoutIds,
  withoutUnindexedElements,
} from '../../../../src/lib/search/page-html';

describe('urlOfBuiltFile', () => {
  it.each([
    ['index.html', '/'],
    ['ka/index.html', '/ka/'],
    ['ka/places/iom-batumi/index.html', '/ka/places/iom-batumi/'],
    ['en\\news\\index.html', '/en/news/'],
    ['404.html', '/404.html'],
  ])('%s → %s', (file, url) => {
    expect(urlOfBuiltFile(file)).toBe(url);
  });
});

describe('indexedLanguage', () => {
  it.each([
    ['/ka/', 'ka'],
    ['/en/', 'en'],
    ['/ka/places/iom-batumi/', 'ka'],
    ['/en/programs/vocational-education/', 'en'],
    ['/ka/news/batumi-cooperation/', 'ka'],
    ['/en/about/', 'en'],
  ])('indexes %s in %s', (url, lang) => {
    expect(indexedLanguage(url)).toBe(lang);
  });

  it.each(['/', '/404.html', '/ka/search/', '/en/search/', '/ka/site-map/', '/ka/embed/map/', '/en/embed/places/iom-poti/', '/de/about/', '/data/', '/ka/places/', '/en/programs/', '/ka/news/'])(
    'never indexes %s',
    (url) => {
      expect(indexedLanguage(url)).toBeUndefined();
    },
  );
});

describe('searchableText', () => {
  const page = (main: string) =>
    `<html><body><header><nav>მთავარი მენიუ</nav></header><main id="main" data-pagefind-body data-pagefind-filter="type:page">${main}</main><footer>ფუტერი</footer></body></html>`;

  it('reads only the indexed region, without header, navigation and footer', () => {
    expect(searchableText(page('<h1>ბათუმი</h1><p>ოფისი ბათუმში</p>'))).toBe('ბათუმი ოფისი ბათუმში');
  });

  it('drops scripts and styles and decodes character references', () => {
    const html = page('<style>p{color:red}</style><p>IOM &amp; მერია &#39;x&#39; &#x10D0;</p><script>var a = "<b>";</script>');
    expect(searchableText(html)).toBe(`IOM & მერია 'x' ა`);
  });

  it('leaves out what Pagefind leaves out: elements marked data-pagefind-ignore, with their content', () => {
    const html = page(
      '<h1>ფოთი</h1><section data-pagefind-ignore><h2>წყაროები</h2><p>ბმული</p></section><p>ოფისი</p><p data-pagefind-ignore="all"><a href="/ka/places/">ყველა ადგილი</a></p>',
    );
    expect(searchableText(html)).toBe('ფოთი ოფისი');
  });

  it('is empty for a page without an indexed region', () => {
    expect(searchableText('<html><body><main>ტექსტი</main></body></html>')).toBe('');
  });
});

describe('withoutUnindexedElements', () => {
  it('drops a marked element and keeps the words around it apart', () => {
    expect(withoutUnindexedElements('<p>ბათუმი</p><p data-pagefind-ignore>უკან</p><p>ფოთი</p>')).toBe('<p>ბათუმი</p> <p>ფოთი</p>');
  });

  it('finds the end of a marked element past nested elements of the same name', () => {
    expect(withoutUnindexedElements('<div data-pagefind-ignore><div>ა</div><div><div>ბ</div></div>გ</div><div>დ</div>')).toBe(' <div>დ</div>');
  });

  it('drops every marked element, also when one follows another', () => {
    expect(withoutUnindexedElements('<span data-pagefind-ignore>ა</span><span data-pagefind-ignore="all">ბ</span>გ')).toBe('  გ');
  });

  it('drops a marked element that has no closing tag by itself only', () => {
    expect(withoutUnindexedElements('<img alt="ა" data-pagefind-ignore><p>ბ</p>')).toBe(' <p>ბ</p>');
  });

  it('drops what Pagefind never indexes: forms with their labels and options, navigation, inline pictures', () => {
    const html = '<p>ა</p><form><label>თვე<select><option>იანვარი</option></select></label></form><nav>ბ</nav><svg><text>გ</text></svg><p>დ</p>';
    expect(withoutUnindexedElements(html)).toBe('<p>ა</p>   <p>დ</p>');
  });

  it('keeps elements whose attributes only look alike', () => {
    const html = '<p data-pagefind-ignored-by-nobody>ა</p><pre data-pagefind-meta="x">ბ</pre>';
    expect(withoutUnindexedElements(html)).toBe(html);
  });
});

describe('separateAdjacentElements', () => {
  it('spaces sibling elements apart so their words stay separate', () => {
    expect(separateAdjacentElements('<span>ოფისი</span><span>მოქმედი</span>')).toBe('<span>ოფისი</span> <span>მოქმედი</span>');
  });

  it('leaves a word split by markup inside it alone', () => {
    expect(separateAdjacentElements('<p>ბათუმ<b>ში</b>, <b>ქუთ</b>აისი</p>')).toBe('<p>ბათუმ<b>ში</b>, <b>ქუთ</b>აისი</p>');
  });
});

describe('withoutIds', () => {
  it('drops id attributes wherever they sit in a tag', () => {
    expect(withoutIds('<h2 id="hours">სამუშაო საათები</h2><span class="a" id="cap" hidden>x</span>')).toBe(
      '<h2>სამუშაო საათები</h2><span class="a" hidden>x</span>',
    );
  });

  it('keeps attributes that only end in id, and text that mentions id="…"', () => {
    const html = '<div data-id="7" aria-labelledby="t"><p>write id="x" in the tag</p></div>';
    expect(withoutIds(html)).toBe(html);
  });
});

describe('withSearchKeys', () => {
  const html = '<main data-pagefind-body><p>სოფელში</p></main><footer></footer>';

  it('adds the keys as a hidden metadata field at the end of the indexed region', () => {
    expect(withSearchKeys(html, ['სოფლ', 'ჵსოფლ'])).toBe(
      '<main data-pagefind-body><p>სოფელში</p><span hidden data-pagefind-meta="keys:სოფლ ჵსოფლ"></span></main><footer></footer>',
    );
  });

  it('escapes the attribute', () => {
    expect(withSearchKeys(html, ['a"b<c&d'])).toContain('data-pagefind-meta="keys:a&quot;b&lt;c&amp;d"');
  });

  it('changes nothing without keys or without an indexed region', () => {
    expect(withSearchKeys(html, [])).toBe(html);
    expect(withSearchKeys('<main><p>x</p></main>', ['x'])).toBe('<main><p>x</p></main>');
  });
});
