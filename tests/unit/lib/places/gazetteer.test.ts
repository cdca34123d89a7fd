import { describe, expect, it } from 'vitest';
import gazetteer from '../../../../src/data/gazetteer.json';
import {
  findTownById,
  matchTown,
  normaliseName,
  type Town,
} from '../../../../src/lib/places/gazetteer';

const towns: readonly Town[] = gazetteer;

/** Id of the best match, for short assertions. */
const best = (query: string) => matchTown(query, towns)[0]?.id;

describe('gazetteer.json', () => {
  it('lists all 74 municipality and self-governing-city seats', () => {
    expect(towns.filter((t) => t.seat)).toHaveLength(74);
  });

  it('includes the seats of every region, and each region has at least one', () => {
    const regions = new Set(towns.map((t) => t.region));
    expect([...regions].sort()).toEqual([
      'GE-AB', 'GE-AJ', 'GE-GU', 'GE-IM', 'GE-KA', 'GE-KK', 'GE-MM', 'GE-RL', 'GE-SJ', 'GE-SK', 'GE-SZ', 'GE-TB',
    ]);
    for (const id of ['tbilisi', 'batumi', 'kutaisi', 'rustavi', 'poti', 'ozurgeti', 'zestaponi', 'ninotsminda']) {
      expect(findTownById(id, towns)?.seat, id).toBe(true);
    }
  });

  it('has unique, stable ASCII ids', () => {
    const ids = towns.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('puts every place inside Georgia (lat 41.0–43.6, lon 39.9–46.8)', () => {
    for (const t of towns) {
      expect(t.lat, t.id).toBeGreaterThanOrEqual(41.0);
      expect(t.lat, t.id).toBeLessThanOrEqual(43.6);
      expect(t.lon, t.id).toBeGreaterThanOrEqual(39.9);
      expect(t.lon, t.id).toBeLessThanOrEqual(46.8);
    }
  });

  it('writes every Georgian name in Georgian script (Mkhedruli)', () => {
    for (const t of towns) expect(t.ka, t.id).toMatch(/^[\u10D0-\u10FF]+(?:[ -][\u10D0-\u10FF]+)*$/);
  });

  it('uses the verified spellings and coordinates of towns.csv', () => {
    expect(findTownById('ninotsminda', towns)?.ka).toBe('ნინოწმინდა');
    expect(findTownById('tskaltubo', towns)).toMatchObject({ en: 'Tskaltubo', ka: 'წყალტუბო', lat: 42.3264, lon: 42.6006 });
    expect(findTownById('dedoplistskaro', towns)?.ka).toBe('დედოფლისწყარო');
  });

  it('leaves out the bogus GeoNames records', () => {
    expect(towns.some((t) => t.en === 'Bagdadi' || t.variants.includes('Bagdadi'))).toBe(false);
    expect(towns.some((t) => /stantsiya/i.test(t.en))).toBe(false);
  });
});

describe('normaliseName', () => {
  it.each([
    ['Zestaponi', 'Zestafoni'],
    ['Tskaltubo', "Ts'q'alt'ubo"],
    ['Kvareli', 'QVARELI'],
    ['Sighnaghi', 'Signagi'],
    ['Chiatura', 'Tchiatura'],
    ['Tetritskaro', 'Tetri-Tsqaro'],
    ['Gurjaani', 'Gurdzhaani'],
    ['Mestia', 'Mestía'],
  ])('folds %s and %s together', (a, b) => {
    expect(normaliseName(a).join('')).toBe(normaliseName(b).join(''));
  });
});

describe('matchTown', () => {
  it('finds a town by its Georgian name', () => {
    expect(best('ოზურგეთი')).toBe('ozurgeti');
    expect(best('ქუთაისი')).toBe('kutaisi');
    expect(best(' ბათუმი ')).toBe('batumi');
  });

  it('finds a town typed in Mtavruli capitals', () => {
    expect(best('ᲝᲖᲣᲠᲒᲔᲗᲘ')).toBe('ozurgeti');
    expect(best('ᲗᲑᲘᲚᲘᲡᲘ')).toBe('tbilisi');
  });

  it('finds a town typed on the Georgian keyboard layout, as search does', () => {
    expect(best('WiaTura')).toBe('chiatura');
    expect(best('wyaltubo')).toBe('tskaltubo');
  });

  it('finds a town by its Latin name in any case', () => {
    expect(best('Batumi')).toBe('batumi');
    expect(best('batumi')).toBe('batumi');
    expect(best('BATUMI')).toBe('batumi');
  });

  it.each([
    ['Zestaponi', 'zestaponi'],
    ['Zestafoni', 'zestaponi'],
    ['Tskaltubo', 'tskaltubo'],
    ['Tsqaltubo', 'tskaltubo'],
    ["Ts'q'alt'ubo", 'tskaltubo'],
    ['Kvareli', 'kvareli'],
    ['Qvareli', 'kvareli'],
    ['Signagi', 'sighnaghi'],
    ['Sighnaghi', 'sighnaghi'],
    ['Dedoplistskaro', 'dedoplistskaro'],
    ['Dedoplistsqaro', 'dedoplistskaro'],
    ['Tkibuli', 'tkibuli'],
    ['Tqibuli', 'tkibuli'],
    ['Tchiatura', 'chiatura'],
    ['Kazbegi', 'stepantsminda'],
    ['Sukhumi', 'sokhumi'],
    ['Tetri Tskaro', 'tetritskaro'],
  ])('accepts the romanisation %s', (query, id) => {
    expect(best(query)).toBe(id);
  });

  it('suggests towns from the first letters', () => {
    expect(best('ozur')).toBe('ozurgeti');
    expect(best('Zestaf')).toBe('zestaponi');
    expect(best('ქუთა')).toBe('kutaisi');
    expect(matchTown('chkhor', towns).map((t) => t.id)).toEqual(['chkhorotsku', 'kveda-chkhorotsku']);
  });

  it('forgives a small typo in a longer name', () => {
    expect(best('Tblisi')).toBe('tbilisi');
    expect(best('Zugdiddi')).toBe('zugdidi');
    expect(best('Akhaltsihke')).toBe('akhaltsikhe');
  });

  it('returns [] for places outside the gazetteer and for empty input', () => {
    for (const query of ['London', 'xyzzy', 'Paris', 'Berlin', 'Moscow', 'Yerevan', '', '   ', "'-"]) {
      expect(matchTown(query, towns), query).toEqual([]);
    }
  });

  it('ranks an exact name before names that merely start with it', () => {
    expect(matchTown('Bakuriani', towns).map((t) => t.id)).toEqual(['bakuriani', 'bakuriani-andesite']);
    expect(matchTown('Gulripshi', towns).map((t) => t.id)).toEqual(['gulripshi', 'zemo-gulripshi']);
    expect(matchTown('ჩხოროწყუ', towns).map((t) => t.id)).toEqual(['chkhorotsku', 'kveda-chkhorotsku']);
  });

  it('puts municipality seats before other places of the same rank', () => {
    const result = matchTown('Akh', towns);
    const firstNonSeat = result.findIndex((t) => !t.seat);
    expect(firstNonSeat).toBeGreaterThan(0);
    expect(result.slice(firstNonSeat).some((t) => t.seat)).toBe(false);
  });

  it('works on any town list, not only the bundled one', () => {
    const list: Town[] = [
      { id: 'a', en: 'Alpha', ka: 'ალფა', lat: 42, lon: 43, region: 'GE-IM', seat: false, variants: [] },
    ];
    expect(matchTown('alp', list)).toEqual(list);
    expect(matchTown('Batumi', list)).toEqual([]);
  });
});

describe('findTownById', () => {
  it('returns the town with that id', () => {
    expect(findTownById('batumi', towns)).toMatchObject({ en: 'Batumi', ka: 'ბათუმი', region: 'GE-AJ', seat: true });
  });

  it('returns undefined for an unknown id', () => {
    expect(findTownById('london', towns)).toBeUndefined();
  });
});

describe('matchTown with other romanisations', () => {
  it('reads ISO 9984 and scholarly letters as the search does (š, č, x, apostrophe styles)', () => {
    expect(matchTown('Šuaxevi', towns)[0]?.id).toBe('shuakhevi');
    expect(matchTown('Čoxatauri', towns)[0]?.id).toBe('chokhatauri');
    expect(matchTown('Xaragauli', towns)[0]?.id).toBe('kharagauli');
    expect(matchTown('Ozurgetʼi', towns)[0]?.id).toBe('ozurgeti');
  });
});
