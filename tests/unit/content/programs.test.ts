import { describe, expect, it } from 'vitest';
import { programSchema, taglineMaxLength } from '../../../src/lib/content/schemas';
import { readdirSync } from 'node:fs';
import { contentDir, readProgramFiles, readRegionIds } from '../lib/programs/support/program-files';

/**
 * Every program file must meet the schema and point only at things that exist:
 * related programs and regions. The build would catch the schema errors too,
 * but here each failure names the file and field, without a full build.
 */
const files = readProgramFiles();
const ids = new Set(files.map((f) => f.id));
const regionIds = readRegionIds();
const placeIds = new Set(readdirSync(new URL('places/', contentDir)).map((name) => name.replace(/\.[a-z]+$/, '')));

describe('content/programs', () => {
  it('has the seven programs the sources describe', () => {
    expect([...ids]).toEqual(
      expect.arrayContaining([
        'state-reintegration-programme',
        'iom-assisted-voluntary-return',
        'enterprise-georgia-micro-small-business',
        'rda-agricultural-programmes',
        'state-employment-support-agency',
        'vocational-education',
        'universal-healthcare',
      ]),
    );
  });

  describe.each(files)('$path', ({ id, data }) => {
    const parsed = programSchema.safeParse(data);
    const program = parsed.data;

    it('meets programSchema', () => {
      expect(parsed.error?.issues ?? []).toEqual([]);
    });

    it.runIf(parsed.success)('lists related programs that exist, and not itself', () => {
      for (const related of program?.related ?? []) {
        expect(ids, `related id "${related}"`).toContain(related);
        expect(related).not.toBe(id);
      }
    });

    it.runIf(parsed.success)('names only regions from content/regions.yaml', () => {
      const used = [
        ...(program?.regions === 'all' ? [] : (program?.regions ?? [])),
        ...(program?.rules.region?.anyOf ?? []),
      ];
      for (const region of used) expect(regionIds, `region id "${region}"`).toContain(region);
    });

    it.runIf(parsed.success)('matches needs only to categories the program is filed under', () => {
      for (const need of program?.rules.needs.anyOf ?? []) expect(program?.categories).toContain(need);
    });

    it.runIf(parsed.success)('says where to ask, and links only places that exist', () => {
      expect(program?.ask?.text.en, 'ask.text').toBeTruthy();
      for (const place of program?.ask?.places ?? []) expect(placeIds, `ask.places "${place}"`).toContain(place);
    });

    it.runIf(parsed.success)('never promises that any place on the site can help with it', () => {
      const text = JSON.stringify(program);
      expect(text).not.toMatch(/any place (listed )?on this site|ნებისმიერ ადგილს/i);
    });

    it.runIf(parsed.success)('publishes no Georgian mobile number (personal numbers stay off the site)', () => {
      for (const phone of program?.phones ?? []) {
        expect(phone.number.replace(/\s/g, '')).not.toMatch(/^(\+995)?5\d{8}$/);
      }
    });
  });

  describe('where to ask, as the sources say', () => {
    const ask = (id: string) => programSchema.parse(files.find((f) => f.id === id)?.data).ask;

    it('sends the state programme to the Agency that runs it (https://idp.gov.ge/reintegration-programs/)', () => {
      expect(ask('state-reintegration-programme')?.places).toEqual(['livelihood-agency']);
    });

    it('sends assisted voluntary return to IOM’s offices only (https://georgia.iom.int/return-to-georgia)', () => {
      const places = ask('iom-assisted-voluntary-return')?.places ?? [];
      expect(places.length).toBeGreaterThan(0);
      for (const place of places) expect(place).toMatch(/^iom-/);
    });

    it('links no place for programs whose sources name none of the places on the site', () => {
      for (const id of ['enterprise-georgia-micro-small-business', 'rda-agricultural-programmes', 'state-employment-support-agency', 'vocational-education', 'universal-healthcare']) {
        expect(ask(id)?.places, id).toBeUndefined();
      }
    });
  });

  it('marks the healthcare programme’s Georgian name as our unofficial translation, in the title every list shows', () => {
    const data = programSchema.parse(files.find((f) => f.id === 'universal-healthcare')?.data);
    expect(data.title.ka).toContain('არაოფიციალური თარგმანი');
    expect(data.termsNote?.ka).toContain('ჩვენი თარგმანია');
    expect(data.termsNote?.en).toContain('our own translation');
  });

  it('refuses a tagline too long for a card, or missing in a language, saying which field and why', () => {
    const data = files.find((f) => f.id === 'vocational-education')?.data as Record<string, unknown>;
    const tooLong = programSchema.safeParse({ ...data, tagline: { ka: 'პროფესია '.repeat(15), en: 'A trade.' } });
    expect(tooLong.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['tagline.ka', `keep the tagline to ${taglineMaxLength} characters: the details belong in summary`],
    ]);
    const missing = programSchema.safeParse({ ...data, tagline: { ka: 'პროფესია' } });
    expect(missing.error?.issues.map((i) => i.path.join('.'))).toEqual(['tagline.en']);
  });
});
