import { describe, expect, it } from 'vitest';
import { useTranslations } from '~/i18n/ui';
import { placeCaveat } from '~/lib/places/caveat';
import { confirmationNote } from '~/lib/places/confirmation';
import { telaviPlace } from './support/place';

const now = new Date('2026-12-02T12:00:00Z');
const en = useTranslations('en');
const ka = useTranslations('ka');

describe('confirmationNote', () => {
  it('says "as of" the source’s month or year while it is fresh', () => {
    expect(confirmationNote({ year: 2026, month: 11 }, 'en', now, en)).toEqual({ text: 'as of November 2026', stale: false });
    expect(confirmationNote({ year: 2026, month: 11 }, 'ka', now, ka)).toEqual({ text: '2026 წლის ნოემბრის მდგომარეობით', stale: false });
    expect(confirmationNote({ year: 2025 }, 'en', now, en).text).toBe('as of 2025');
  });

  it('asks to call first once the source is over 18 months old, with the year written plainly', () => {
    expect(confirmationNote({ year: 2024 }, 'en', now, en)).toEqual({ text: 'last confirmed 2024: call before you go', stale: true });
    expect(confirmationNote({ year: 2024 }, 'ka', now, ka).text).toBe('ბოლოს დადასტურდა 2024 წელს: მისვლამდე დარეკეთ');
    expect(confirmationNote({ year: 2025, month: 5 }, 'en', now, en).stale).toBe(true);
    expect(confirmationNote({ year: 2025, month: 6 }, 'en', now, en).stale).toBe(false);
  });

  it('warns that an old number may have changed, and that an undated source needs a call', () => {
    expect(confirmationNote({ year: 2020, month: 4 }, 'en', now, en, 'phone').text).toBe('last confirmed 2020: the number may have changed');
    expect(confirmationNote('unknown', 'en', now, en)).toEqual({ text: 'the source gives no date: call before you go', stale: true });
  });
});

describe('placeCaveat', () => {
  it('gives the status with its date, and says a town-centre point is not the building', () => {
    expect(placeCaveat({ ...telaviPlace, confirmed: { year: 2024 } }, 'en', now, en)).toBe(
      'Status “Open”, last confirmed 2024: call before you go. The map point is the town centre, not the building.',
    );
    expect(placeCaveat({ ...telaviPlace, location: { ...telaviPlace.location, precision: 'building' } }, 'ka', now, ka)).toBe(
      'სტატუსი „მოქმედი“, 2026 წლის ნოემბრის მდგომარეობით.',
    );
  });
});
