import { describe, expect, it } from 'vitest';
import { embedMapPath, embedPlacePath, escapeHtml, iframeSnippet, linkSnippet, municipalitySnippets } from '~/lib/places/embed-snippets';

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

  it('write a titled, lazy, borderless iframe that parses back to the same attributes', () => {
    const html = iframeSnippet('https://p.ge/en/embed/map/', 'Map: "where" to get help', 480);
    expect(html).toBe(
      '<iframe src="https://p.ge/en/embed/map/" title="Map: &quot;where&quot; to get help" width="100%" height="480" style="border:0" loading="lazy"></iframe>',
    );
  });
});

describe('municipalitySnippets', () => {
  it('gives absolute addresses in the chosen language', () => {
    const s = municipalitySnippets('https://p.ge', 'ka', { id: 'telavi-service-hub', name: 'თელავის ჰაბი' }, {
      portalLink: 'სად მივმართო',
      mapTitle: 'რუკა',
      placeTitle: 'თელავის ჰაბი — პორტალი',
    });
    expect(s.portalLink).toBe('<a href="https://p.ge/ka/places/">სად მივმართო</a>');
    expect(s.placeLink).toBe('<a href="https://p.ge/ka/places/telavi-service-hub/">თელავის ჰაბი</a>');
    expect(s.mapIframe).toContain('src="https://p.ge/ka/embed/map/"');
    expect(s.placeIframe).toContain('src="https://p.ge/ka/embed/places/telavi-service-hub/"');
    expect(s.placeIframe).toContain('title="თელავის ჰაბი — პორტალი"');
  });
});
