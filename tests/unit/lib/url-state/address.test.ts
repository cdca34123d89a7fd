import { describe, expect, it } from 'vitest';
import { type AddressLink, type AddressPage, LANGUAGE_SWITCH, replaceAddress, syncLanguageSwitch } from '~/lib/url-state/address';
import { withParam, withQuery } from '~/lib/url-state/query';

/** A page with an address, a history entry and language switch links, recording what is done to them. */
function fakePage(href: string, switches: Array<string | null>) {
  const links = switches.map((value) => {
    const link: AddressLink & { value: string | null } = {
      value,
      getAttribute: () => link.value,
      setAttribute: (_name, next) => {
        link.value = next;
      },
    };
    return link;
  });
  const replaced: Array<{ state: unknown; url: string }> = [];
  const selectors: string[] = [];
  const page: AddressPage = {
    location: { href },
    history: { state: { kept: true }, replaceState: (state, _unused, url) => void replaced.push({ state, url }) },
    document: {
      querySelectorAll: (selector) => {
        selectors.push(selector);
        return links;
      },
    },
  };
  return { page, links, replaced, selectors };
}

describe('replaceAddress', () => {
  it('replaces the address with the history state kept, and changes the language switch the same way', () => {
    const { page, links, replaced, selectors } = fakePage('http://127.0.0.1:4321/ka/places/#finder', ['/en/places/']);
    replaceAddress(page, (href) => withParam(href, 'from', 'ozurgeti'));
    expect(replaced).toEqual([{ state: { kept: true }, url: 'http://127.0.0.1:4321/ka/places/?from=ozurgeti#finder' }]);
    expect(links.map((l) => l.value)).toEqual(['/en/places/?from=ozurgeti']);
    expect(selectors).toEqual([LANGUAGE_SWITCH]);
  });
});

describe('syncLanguageSwitch', () => {
  it('rewrites every switch link, relative links staying relative, and leaves the address alone', () => {
    const { page, links, replaced } = fakePage('http://127.0.0.1:4321/ka/check/', ['/en/check/', '/en/check/?old=1', null]);
    syncLanguageSwitch(page, (href) => withQuery(href, '?month=8'));
    expect(links.map((l) => l.value)).toEqual(['/en/check/?month=8', '/en/check/?month=8', null]);
    expect(replaced).toEqual([]);
  });
});
