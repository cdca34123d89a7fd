import { describe, expect, it } from 'vitest';
import { formQuery, withFragment, withParam, withQuery } from '~/lib/url-state/query';

describe('withQuery', () => {
  it('replaces the whole query and keeps path and fragment', () => {
    expect(withQuery('/ka/programs/?region=imereti#list', '?category=health')).toBe('/ka/programs/?category=health#list');
    expect(withQuery('/ka/programs/', 'category=health')).toBe('/ka/programs/?category=health');
  });

  it('removes the query when given none', () => {
    expect(withQuery('/ka/check/?month=8&year=2026', '')).toBe('/ka/check/');
  });

  it('keeps an absolute address absolute and a relative one relative', () => {
    expect(withQuery('https://example.ge/en/check/?x=1#r', '?month=8')).toBe('https://example.ge/en/check/?month=8#r');
    expect(withQuery('/en/check/', '?month=8')).toBe('/en/check/?month=8');
  });

  it('accepts URLSearchParams', () => {
    expect(withQuery('/ka/search/', new URLSearchParams({ q: 'ბათუმი' }))).toBe('/ka/search/?q=%E1%83%91%E1%83%90%E1%83%97%E1%83%A3%E1%83%9B%E1%83%98');
  });
});

describe('withParam', () => {
  it('sets one parameter and keeps the others, the path and the fragment', () => {
    expect(withParam('/ka/places/?x=1#finder', 'from', 'ozurgeti')).toBe('/ka/places/?x=1&from=ozurgeti#finder');
    expect(withParam('/ka/places/?from=batumi', 'from', 'ozurgeti')).toBe('/ka/places/?from=ozurgeti');
  });

  it('removes the parameter when the value is undefined', () => {
    expect(withParam('/ka/places/?from=batumi&x=1', 'from', undefined)).toBe('/ka/places/?x=1');
    expect(withParam('/ka/places/?from=batumi', 'from', undefined)).toBe('/ka/places/');
  });

  it('keeps an absolute address absolute', () => {
    expect(withParam('http://127.0.0.1:4321/en/places/', 'from', 'poti')).toBe('http://127.0.0.1:4321/en/places/?from=poti');
  });
});

describe('formQuery', () => {
  it('sends the fields as a GET form would, repeated names in order', () => {
    const fields = new FormData();
    fields.append('month', '8');
    fields.append('need', 'health');
    fields.append('need', 'business');
    expect(formQuery(fields).toString()).toBe('month=8&need=health&need=business');
  });

  it('leaves files out', () => {
    const fields = new FormData();
    fields.append('q', 'batumi');
    fields.append('upload', new Blob(['x']), 'x.txt');
    expect(formQuery(fields).toString()).toBe('q=batumi');
  });
});

describe('withFragment', () => {
  it('replaces the fragment and keeps path and query, relative or absolute', () => {
    expect(withFragment('/ka/check/', 'month=8&need=health')).toBe('/ka/check/#month=8&need=health');
    expect(withFragment('/ka/check/?a=1#old', '#new')).toBe('/ka/check/?a=1#new');
    expect(withFragment('https://example.ge/en/check/#month=8', '')).toBe('https://example.ge/en/check/');
  });
});
