import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * A browser built without Georgian locale data (seen in a Chromium build)
 * answers every `Intl` request as if the locale were English. The site's own
 * date and distance formatting must not notice.
 */
describe('Georgian formatting when Intl has no ka data', () => {
  beforeEach(() => {
    const RealDateTimeFormat = Intl.DateTimeFormat;
    const RealNumberFormat = Intl.NumberFormat;
    vi.stubGlobal('Intl', {
      ...Intl,
      DateTimeFormat: function (_locale: unknown, options?: Intl.DateTimeFormatOptions) {
        return new RealDateTimeFormat('en-US', options);
      },
      NumberFormat: function (_locale: unknown, options?: Intl.NumberFormatOptions) {
        return new RealNumberFormat('en-US', options);
      },
    });
    vi.resetModules();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('the stand-in really has lost Georgian', () => {
    expect(new Intl.DateTimeFormat('ka-GE', { month: 'long', timeZone: 'UTC' }).format(new Date('2026-12-02'))).toBe('December');
  });

  it('still writes Georgian dates and month phrases', async () => {
    const { asOfPhrase, formatDate } = await import('~/lib/format/date');
    expect(formatDate(new Date('2026-12-02T12:00:00Z'), 'ka')).toBe('2 დეკემბერი, 2026');
    expect(asOfPhrase({ year: 2026, month: 12 }, 'ka')).toBe('2026 წლის დეკემბრის მდგომარეობით');
  });

  it('still writes Georgian distances with a decimal comma and კმ', async () => {
    const { formatKm } = await import('~/lib/format/distance');
    expect(formatKm(4.26, 'ka')).toBe('4,3 კმ');
    expect(formatKm(12.6, 'ka')).toBe('13 კმ');
    expect(formatKm(5, 'ka')).toBe('5 კმ');
    expect(formatKm(12_345, 'ka')).toBe('12\u00a0345 კმ');
    expect(formatKm(1234.4, 'en')).toBe('1,234 km');
  });
});
