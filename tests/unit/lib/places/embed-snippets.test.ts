import { describe, expect, it } from 'vitest';
import {
  embedFrameAttributes,
  embedMapPath,
  embedPlacePath,
  embedSnippet,
  escapeHtml,
  iframeSnippet,
  linkSnippet,
  municipalitySnippets,
  placeSnippets,
} from '~/lib/places/embed-snippets';

describe('escapeHtml', () => {
  it('escapes the characters that could end an attribute or start a tag', () => {
    expect(escapeHtml('Tom & "Jerry" <b>')).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;');
  });
});

describe('embed paths', () => {
  it('are the agreed /<lang>/embed/… addresses', () => {
    expect(embedMapPath('ka')).toBe('/ka/embed/map/');
    expect(embedPlacePath('en', 'telavi-service-hub')).toBe('/en/embed/places/telavi-service-hub/');
  });
});

describe('linkSnippet and iframeSnippet', () => {
  it('write an escaped link', () => {
    expect(linkSnippet('https://p.ge/ka/places/?a=1&b=2', 'სად მივმართო')).toBe('<a href="https://p.ge/ka/places/?a=1&amp;b=2">სად მივმართო</a>');
  });

  it('write a titled, full-width, lazy, borderless, sandboxed iframe that sends no referrer', () => {
    const html = iframeSnippet('https://p.ge/en/embed/map/', 'Map: "where" to get help', 1680);
    expect(html).toBe(
      '<iframe src="https://p.ge/en/embed/map/" title="Map: &quot;where&quot; to get help" width="100%" height="1680" style="border:0" ' +
        'loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" referrerpolicy="no-referrer"></iframe>',
    );
  });

  it('the preview frame carries the same attributes as the snippet', () => {
    const html = iframeSnippet('/ka/embed/map/', 'რუკა', 900);
    for (const [name, value] of Object.entries(embedFrameAttributes('/ka/embed/map/', 'რუკა', 900))) {
      expect(html).toContain(`${name}="${value}"`);
    }
  });
});

describe('embedSnippet', () => {
  it('is the iframe, then on its own line the optional resize script from the same host', () => {
    const [iframe, script, rest] = embedSnippet('https://p.ge', '/ka/embed/places/iom-poti/', 'ფოთი', 1460).split('\n');
    expect(iframe).toMatch(/^<iframe src="https:\/\/p\.ge\/ka\/embed\/places\/iom-poti\/" title="ფოთი" width="100%" height="1460" /);
    expect(script).toBe('<script src="https://p.ge/embed-resize.js" async referrerpolicy="no-referrer"></script>');
    expect(rest).toBeUndefined();
  });
});

describe('municipalitySnippets and placeSnippets', () => {
  it('give absolute addresses in the chosen language, with the given frame heights', () => {
    const s = municipalitySnippets('https://p.ge', 'ka', { portalLink: 'სად მივმართო', mapTitle: 'რუკა' }, 1680);
    expect(s.portalLink).toBe('<a href="https://p.ge/ka/places/">სად მივმართო</a>');
    expect(s.mapIframe).toContain('src="https://p.ge/ka/embed/map/"');
    expect(s.mapIframe).toContain('height="1680"');
    const p = placeSnippets('https://p.ge', 'ka', { id: 'telavi-service-hub', name: 'თელავის ჰაბი' }, 'თელავის ჰაბი — პორტალი', 2410);
    expect(p.placeLink).toBe('<a href="https://p.ge/ka/places/telavi-service-hub/">თელავის ჰაბი</a>');
    expect(p.placeIframe).toContain('src="https://p.ge/ka/embed/places/telavi-service-hub/"');
    expect(p.placeIframe).toContain('title="თელავის ჰაბი — პორტალი"');
    expect(p.placeIframe).toContain('height="2410"');
  });
});
