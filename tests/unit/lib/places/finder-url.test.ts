import { describe, expect, it } from 'vitest';
import { readFrom, withFrom } from '~/lib/places/finder-url';

describe('readFrom', () => {
  it('reads a gazetteer id, lower-cased', () => {
    expect(readFrom('?from=ozurgeti')).toBe('ozurgeti');
    expect(readFrom('?x=1&from=Sachkhere')).toBe('sachkhere');
    expect(readFrom('?from=tsalenjikha-2')).toBe('tsalenjikha-2');
  });

  it('ignores a missing, empty or malformed value', () => {
    expect(readFrom('')).toBeUndefined();
    expect(readFrom('?from=')).toBeUndefined();
    expect(readFrom('?from=<script>')).toBeUndefined();
    expect(readFrom('?from=41.9,42.0')).toBeUndefined();
  });
});

describe('withFrom', () => {
  it('sets the town and keeps path, other parameters and fragment', () => {
    expect(withFrom('/ka/places/#finder', 'ozurgeti')).toBe('/ka/places/?from=ozurgeti#finder');
    expect(withFrom('/en/places/?from=batumi&x=1', 'poti')).toBe('/en/places/?from=poti&x=1');
    expect(withFrom('http://127.0.0.1:4321/ka/places/', 'poti')).toBe('http://127.0.0.1:4321/ka/places/?from=poti');
  });

  it('removes the town when none is chosen, and round-trips with readFrom', () => {
    expect(withFrom('/ka/places/?from=poti', undefined)).toBe('/ka/places/');
    expect(readFrom(new URL(withFrom('/ka/places/', 'zestaponi'), 'http://h').search)).toBe('zestaponi');
  });
});
