import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from '../../../../src/lib/format/intl-cache';

describe('dateTimeFormat', () => {
  it('formats like a new Intl.DateTimeFormat with the same locale and options', () => {
    const monday = new Date(Date.UTC(2024, 0, 1, 12));
    expect(dateTimeFormat('ka-GE', { weekday: 'long', timeZone: 'UTC' }).format(monday)).toBe(
      new Intl.DateTimeFormat('ka-GE', { weekday: 'long', timeZone: 'UTC' }).format(monday),
    );
  });

  it('returns the same formatter for the same locale and options, another for other options', () => {
    const long = dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Asia/Tbilisi' });
    expect(dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Asia/Tbilisi' })).toBe(long);
    expect(dateTimeFormat('en-GB', { dateStyle: 'short', timeZone: 'Asia/Tbilisi' })).not.toBe(long);
    expect(dateTimeFormat('ka-GE', { dateStyle: 'long', timeZone: 'Asia/Tbilisi' })).not.toBe(long);
  });
});

describe('numberFormat', () => {
  it('keeps options apart: one decimal and whole kilometres are different formatters', () => {
    const one = numberFormat('en-GB', { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 });
    const whole = numberFormat('en-GB', { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 });
    expect(one.format(4.26)).toBe('4.3 km');
    expect(whole.format(4.26)).toBe('4 km');
    expect(numberFormat('en-GB', { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 })).toBe(one);
  });
});
