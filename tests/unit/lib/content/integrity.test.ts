import { describe, expect, it } from 'vitest';
import {
  askAtClosedPlaces,
  sharedPhoneNumbers,
  placesOutsideRegion,
  unreachablePlaces,
  ContentIntegrityError,
  assertNoProblems,
  missingTranslations,
  unknownReferences,
  unknownRegions,
} from '../../../../src/lib/content/integrity';

describe('missingTranslations', () => {
  it('accepts a slug present in every language', () => {
    expect(missingTranslations([{ id: 'ka/about' }, { id: 'en/about' }], 'pages')).toEqual([]);
  });

  it('names the file that exists and the file to add', () => {
    const problems = missingTranslations([{ id: 'ka/about', filePath: 'content/pages/ka/about.mdx' }], 'pages');
    expect(problems).toEqual([
      {
        file: 'content/pages/ka/about.mdx',
        field: '(translation)',
        reason: expect.stringContaining('add content/pages/en/about.mdx'),
      },
    ]);
  });

  it('notices a missing Georgian page too', () => {
    const problems = missingTranslations([{ id: 'en/privacy' }], 'pages');
    expect(problems[0]?.reason).toContain('has no ka translation');
  });
});

describe('unknownRegions', () => {
  const regions = new Set(['guria', 'kakheti']);
  it('accepts known regions and "all"', () => {
    expect(unknownRegions([{ id: 'a', regions: ['guria'] }, { id: 'b', regions: 'all' }], 'programs', 'regions', regions)).toEqual([]);
  });
  it('reports an unknown region with the list of valid ids', () => {
    const [problem] = unknownRegions([{ id: 'x', filePath: 'content/places/x.yaml', regions: ['kaketi'] }], 'places', 'region', regions);
    expect(problem).toMatchObject({ file: 'content/places/x.yaml', field: 'region' });
    expect(problem?.reason).toContain('unknown region "kaketi"');
    expect(problem?.reason).toContain('guria, kakheti');
  });
});

describe('unknownReferences', () => {
  it('reports a link to a program that does not exist', () => {
    const problems = unknownReferences(
      [
        { id: 'a', refs: ['b'] },
        { id: 'b', refs: ['c'] },
      ],
      'programs',
      'related',
    );
    expect(problems).toEqual([{ file: 'content/programs/b', field: 'related', reason: expect.stringContaining('"c"') }]);
  });
});

describe('assertNoProblems', () => {
  it('passes when there is nothing wrong', () => {
    expect(() => assertNoProblems([])).not.toThrow();
  });
  it('throws one error listing every problem as file, field, reason', () => {
    const run = () =>
      assertNoProblems([
        { file: 'content/places/a.yaml', field: 'region', reason: 'unknown region "x"' },
        { file: 'content/news/ka/b.mdx', field: '(translation)', reason: 'has no en translation' },
      ]);
    expect(run).toThrow(ContentIntegrityError);
    expect(run).toThrow(/2 problems/);
    expect(run).toThrow(/content\/places\/a\.yaml: field "region": unknown region "x"/);
  });
});

describe('unreachablePlaces', () => {
  const bodyIds = new Set(['iom-georgia', 'akhmeta-municipality']);

  it('accepts a place with its own phone, or with bodies that can put a visitor in touch', () => {
    expect(unreachablePlaces([{ id: 'agency', hasPhone: true, via: [] }], bodyIds)).toEqual([]);
    expect(unreachablePlaces([{ id: 'akhmeta-hub', hasPhone: false, via: ['akhmeta-municipality', 'iom-georgia'] }], bodyIds)).toEqual([]);
  });

  it('stops a place with no way to make contact, naming file and field', () => {
    const [problem] = unreachablePlaces([{ id: 'akhmeta-hub', filePath: 'content/places/akhmeta-hub.yaml', hasPhone: false, via: [] }], bodyIds);
    expect(problem).toMatchObject({ file: 'content/places/akhmeta-hub.yaml', field: 'contactVia' });
    expect(problem?.reason).toContain('contactVia: [iom-georgia]');
  });

  it('stops a reference to a body that does not exist, listing the ones that do', () => {
    const [problem] = unreachablePlaces([{ id: 'x', hasPhone: true, via: ['iom-georgai'] }], bodyIds);
    expect(problem?.reason).toBe('refers to "iom-georgai", but there is no content/bodies/iom-georgai.yaml. Use one of: iom-georgia, akhmeta-municipality');
  });
});

describe('placesOutsideRegion', () => {
  const regions = [
    { id: 'kakheti', iso: 'XK', name: 'Kakheti' },
    { id: 'imereti', iso: 'XI', name: 'Imereti' },
  ];
  const outlines = [
    { code: 'XK', geometry: { type: 'Polygon' as const, coordinates: [[[45, 41], [46, 41], [46, 42], [45, 42], [45, 41]]] } },
    { code: 'XI', geometry: { type: 'Polygon' as const, coordinates: [[[42, 41], [43, 41], [43, 42], [42, 42], [42, 41]]] } },
  ];

  it('accepts a point inside its region and names the region a wrong one lies in', () => {
    expect(placesOutsideRegion([{ id: 'a', regionId: 'kakheti', point: { lat: 41.5, lon: 45.5 } }], regions, outlines)).toEqual([]);
    const [problem] = placesOutsideRegion([{ id: 'b', filePath: 'content/places/b.yaml', regionId: 'kakheti', point: { lat: 41.5, lon: 42.5 } }], regions, outlines);
    expect(problem).toMatchObject({ file: 'content/places/b.yaml', field: 'location' });
    expect(problem?.reason).toMatch(/^the point \(41\.5, 42\.5\) lies in Imereti \(region: imereti\), \d+ km from Kakheti, the file's region: check the coordinates/);
  });
});

describe('sharedPhoneNumbers', () => {
  it('stops one number given for two different offices, however it is spaced', () => {
    const [problem] = sharedPhoneNumbers([
      { id: 'telavi-municipality', filePath: 'content/bodies/telavi-municipality.yaml', collection: 'bodies', numbers: ['+995 574 17 96 23'], sharesWith: [] },
      { id: 'akhmeta-municipality', filePath: 'content/bodies/akhmeta-municipality.yaml', collection: 'bodies', numbers: ['574179623'], sharesWith: [] },
    ]);
    expect(problem).toMatchObject({ file: 'content/bodies/akhmeta-municipality.yaml', field: 'phones' });
    expect(problem?.reason).toBe('574179623 is also the number of content/bodies/telavi-municipality.yaml: check which of the two it belongs to (a place that is that body\'s own office says so with officeOf)');
  });

  it('lets a place share numbers with the body whose office it is', () => {
    expect(
      sharedPhoneNumbers([
        { id: 'iom-tbilisi', collection: 'places', numbers: ['+995 32 2 25 22 16'], sharesWith: ['iom-georgia'] },
        { id: 'iom-georgia', collection: 'bodies', numbers: ['+995 32 2 25 22 16'], sharesWith: [] },
      ]),
    ).toEqual([]);
  });
});

describe('askAtClosedPlaces', () => {
  it('stops a program that sends visitors to a closed place', () => {
    const problems = askAtClosedPlaces([{ id: 'avrr', filePath: 'content/programs/avrr.yaml', askPlaces: ['iom-batumi', 'iom-poti'] }], new Set(['iom-poti']));
    expect(problems).toEqual([{ file: 'content/programs/avrr.yaml', field: 'ask.places', reason: '"iom-poti" is closed: remove it, or name an open place where a source says to ask' }]);
  });
});
