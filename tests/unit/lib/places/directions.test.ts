import { describe, expect, it } from 'vitest';
import { coordinatePair, googleDirectionsUrl, osmDirectionsUrl } from '~/lib/places/directions';

const telavi = { lat: 41.9192, lon: 45.4731 };

describe('coordinatePair', () => {
  it('puts latitude first and keeps at most 6 decimals', () => {
    expect(coordinatePair(telavi)).toBe('41.9192,45.4731');
    expect(coordinatePair({ lat: 41.123456789, lon: 44.9999999 })).toBe('41.123457,45');
  });
});

describe('osmDirectionsUrl', () => {
  it('opens the OpenStreetMap planner with an empty start and the place as destination', () => {
    const url = new URL(osmDirectionsUrl(telavi));
    expect(url.origin).toBe('https://www.openstreetmap.org');
    expect(url.pathname).toBe('/directions');
    expect(url.searchParams.get('route')).toBe(';41.9192,45.4731');
    expect(url.hash).toBe('#map=14/41.9192/45.4731');
  });
});

describe('googleDirectionsUrl', () => {
  it('uses the documented Maps URLs form with the destination as lat,lon and no origin', () => {
    const url = new URL(googleDirectionsUrl(telavi));
    expect(`${url.origin}${url.pathname}`).toBe('https://www.google.com/maps/dir/');
    expect(url.searchParams.get('api')).toBe('1');
    expect(url.searchParams.get('destination')).toBe('41.9192,45.4731');
    expect(url.searchParams.has('origin')).toBe(false);
  });
});
