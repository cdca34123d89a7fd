import { describe, expect, it } from 'vitest';
import { localizedList, localizedText, regionId, regionIdPattern } from '~/lib/content/fields';
import { eligibilityRules } from '~/lib/programs/rules';

describe('localizedText', () => {
  it('needs both languages, the Georgian one in Georgian script', () => {
    expect(localizedText.safeParse({ ka: 'თელავი', en: 'Telavi' }).success).toBe(true);
    expect(localizedText.safeParse({ ka: 'Telavi', en: 'Telavi' }).error?.issues[0]?.message).toBe('Georgian text must be written in Georgian script');
    expect(localizedText.safeParse({ en: 'Telavi' }).success).toBe(false);
  });

  it('is the same contract in a rule’s explain, with no extra keys allowed there', () => {
    const needs = (explain: unknown) => eligibilityRules.safeParse({ needs: { anyOf: ['business'], explain } });
    expect(needs({ ka: 'ბიზნესი', en: 'Business' }).success).toBe(true);
    expect(needs({ ka: 'Business', en: 'Business' }).success).toBe(false);
    expect(needs({ ka: 'ბიზნესი', en: 'Business', de: 'Geschäft' }).success).toBe(false);
  });
});

describe('localizedList', () => {
  it('needs one translation per item', () => {
    expect(localizedList.safeParse({ ka: ['ერთი'], en: ['one', 'two'] }).success).toBe(false);
  });
});

describe('regionId', () => {
  it('is a lower-case id with hyphens, and says where the ids are when it is not', () => {
    expect(regionIdPattern.test('samegrelo-zemo-svaneti')).toBe(true);
    expect(regionId.safeParse('Kakheti').error?.issues[0]?.message).toBe('must be a region id from content/regions.yaml, e.g. kakheti');
  });

  it('is the pattern the eligibility rules use', () => {
    const needs = { anyOf: ['business'], explain: { ka: 'ბიზნესი', en: 'Business' } };
    const region = (anyOf: string[]) => eligibilityRules.safeParse({ region: { anyOf, explain: { ka: 'კახეთი', en: 'Kakheti' } }, needs });
    expect(region(['kakheti']).success).toBe(true);
    expect(region(['Kakheti']).success).toBe(false);
  });
});
