import { describe, expect, it } from 'vitest';
import { placesToAsk, placesToAskAbout, regionCentre, type AskablePlace, type TownPoint } from '../../../../src/lib/programs/place-to-ask';

const places: AskablePlace[] = [
  { id: 'tbilisi-office', region: 'tbilisi', status: 'open', lat: 41.7151, lon: 44.8271 },
  { id: 'telavi-hub', region: 'kakheti', status: 'open', lat: 41.9192, lon: 45.4731 },
  { id: 'akhmeta-hub', region: 'kakheti', status: 'open', lat: 42.0333, lon: 45.2 },
  { id: 'batumi-hub', region: 'adjara', status: 'planned', lat: 41.6458, lon: 41.6417 },
  { id: 'kutaisi-office', region: 'imereti', status: 'open', lat: 42.2679, lon: 42.6946 },
];

const towns: TownPoint[] = [
  { region: 'GE-KA', seat: true, lat: 42.0, lon: 45.0 },
  { region: 'GE-KA', seat: true, lat: 41.6, lon: 46.0 },
  { region: 'GE-KA', seat: false, lat: 50, lon: 50 },
  { region: 'GE-GU', seat: true, lat: 41.92, lon: 42.0 },
];

const ids = (list: Array<{ place: AskablePlace }>) => list.map((s) => s.place.id);

describe('regionCentre', () => {
  it('averages the region’s municipality seats, ignoring villages', () => {
    expect(regionCentre('GE-KA', towns)).toEqual({ lat: 41.8, lon: 45.5 });
  });
  it('gives nothing for a region without seats', () => {
    expect(regionCentre('GE-AB', towns)).toBeUndefined();
  });
});

describe('placesToAsk', () => {
  it('from a town, gives the nearest open places with their distance', () => {
    const result = placesToAsk({ kind: 'town', point: { lat: 42.03, lon: 45.21 } }, places, 2);
    expect(ids(result)).toEqual(['akhmeta-hub', 'telavi-hub']);
    expect(result[0]?.km).toBeLessThan(2);
  });

  it('never suggests a planned place, even the nearest one', () => {
    const batumi = { lat: 41.6458, lon: 41.6417 };
    expect(ids(placesToAsk({ kind: 'town', point: batumi }, places, 1))).toEqual(['kutaisi-office']);
  });

  it('from a region, lists the region’s own open places first, without a distance, then the nearest others', () => {
    const result = placesToAsk({ kind: 'region', regionId: 'kakheti', point: regionCentre('GE-KA', towns) }, places, 3);
    expect(ids(result).slice(0, 2).sort()).toEqual(['akhmeta-hub', 'telavi-hub']);
    expect(ids(result)[2]).toBe('tbilisi-office');
    expect(result.every((s) => s.km === undefined)).toBe(true);
  });

  it('from a region with no open place, falls back to the nearest elsewhere', () => {
    const guria = regionCentre('GE-GU', towns);
    expect(ids(placesToAsk({ kind: 'region', regionId: 'guria', point: guria }, places, 1))).toEqual(['kutaisi-office']);
  });

  it('suggests nothing when the visitor said neither town nor region', () => {
    expect(placesToAsk({ kind: 'unknown' }, places, 3)).toEqual([]);
  });
});

describe('placesToAskAbout', () => {
  it('lists only the places the program names, open ones first, each group in the file’s order', () => {
    const result = placesToAskAbout(['batumi-hub', 'telavi-hub', 'tbilisi-office'], places);
    expect(result.map((p) => p.id)).toEqual(['telavi-hub', 'tbilisi-office', 'batumi-hub']);
  });

  it('lists no place for a program that names none, however many places share its regions', () => {
    expect(placesToAskAbout(undefined, places)).toEqual([]);
    expect(placesToAskAbout([], places)).toEqual([]);
  });

  it('stops on a name that is not a place, saying where the names come from', () => {
    expect(() => placesToAskAbout(['telavi-hub', 'no-such-office'], places)).toThrow(/"no-such-office".*content\/places/);
  });
});
