import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  embedFrameHeight,
  fixedFrameHeight,
  heightMessage,
  heightMessageType,
  heightRequestType,
  isHeightRequest,
  unmeasuredHeight,
} from '~/lib/places/embed-height';

describe('fixedFrameHeight', () => {
  it('takes the tallest measurement with room to spare, rounded up to 10 px', () => {
    expect(fixedFrameHeight([2274, 1072, 927])).toBe(2410);
    expect(fixedFrameHeight([600, 600, 600])).toBe(650);
    // Never shorter than the content it was measured on.
    for (const h of [1, 99, 547, 1583, 4999]) expect(fixedFrameHeight([h])).toBeGreaterThan(h);
  });
});

describe('embedFrameHeight', () => {
  const table = { ka: { map: [1583, 1060, 1034], places: { 'iom-poti': [1391, 701, 643], 'telavi-service-hub': [2274, 1072, 927] } } };

  it('gives the map and each measured place its own height', () => {
    expect(embedFrameHeight(table, 'ka')).toBe(fixedFrameHeight([1583]));
    expect(embedFrameHeight(table, 'ka', 'iom-poti')).toBe(fixedFrameHeight([1391]));
  });

  it('gives a place not measured yet the tallest place’s height, and an unmeasured language a tall default', () => {
    expect(embedFrameHeight(table, 'ka', 'new-place')).toBe(fixedFrameHeight([2274]));
    expect(embedFrameHeight(table, 'en')).toBe(unmeasuredHeight);
    expect(embedFrameHeight(table, 'en', 'iom-poti')).toBe(unmeasuredHeight);
  });
});

describe('the height messages', () => {
  it('carry the type and a whole number of pixels', () => {
    expect(heightMessage(811.2)).toEqual({ type: heightMessageType, height: 812 });
    expect(isHeightRequest({ type: heightRequestType })).toBe(true);
    expect(isHeightRequest({ type: heightMessageType })).toBe(false);
    expect(isHeightRequest(null)).toBe(false);
    expect(isHeightRequest('returnee-portal:embed-height-request')).toBe(false);
  });

  it('are the ones public/embed-resize.js (plain JavaScript on other sites) speaks', () => {
    const script = readFileSync('public/embed-resize.js', 'utf8');
    expect(script).toContain(`'${heightMessageType}'`);
    expect(script).toContain(`'${heightRequestType}'`);
  });
});
