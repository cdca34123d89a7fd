import { describe, expect, it } from 'vitest';
import {
  GEORGIAN_ALPHABET,
  hasGeorgian,
  isGeorgian,
  mtavruliToMkhedruli,
  normaliseText,
  words,
} from '../../../../src/lib/georgian/script';

describe('mtavruliToMkhedruli', () => {
  it.each([...GEORGIAN_ALPHABET])('folds the capital of %s', (letter) => {
    const capital = String.fromCodePoint((letter.codePointAt(0) ?? 0) - 0x10d0 + 0x1c90);
    expect(mtavruliToMkhedruli(capital)).toBe(letter);
  });

  it.each([
    ['ᲑᲐᲗᲣᲛᲘ', 'ბათუმი'],
    ['ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ 2024', 'საქართველო 2024'],
    ['Batumi ბათუმი', 'Batumi ბათუმი'],
    // The town finder's cases, from when it had its own copy of this folding.
    ['ᲗᲑᲘᲚᲘᲡᲘ 2024', 'თბილისი 2024'],
    ['Batumi', 'Batumi'],
  ])('%s → %s', (input, expected) => {
    expect(mtavruliToMkhedruli(input)).toBe(expected);
  });
});

describe('isGeorgian / hasGeorgian', () => {
  it.each([
    ['ბათუმი', true, true],
    ['ᲑᲐᲗᲣᲛᲘ', true, true],
    ['ბათუმი 2024!', true, true],
    ['Batumi', false, false],
    ['IOM-ის', false, true],
    ['123', false, false],
    ['', false, false],
  ])('%j → isGeorgian %s, hasGeorgian %s', (input, georgian, has) => {
    expect(isGeorgian(input)).toBe(georgian);
    expect(hasGeorgian(input)).toBe(has);
  });
});

describe('normaliseText', () => {
  it.each([
    ['  ᲑᲐᲗᲣᲛᲘ, «ქუთაისი»!  ', 'ბათუმი ქუთაისი'],
    ['Kvemo-Kartli — 2024', 'kvemo-kartli 2024'],
    ['-ბათუმი- --და-- ქვემო--ქართლი', 'ბათუმი და ქვემო-ქართლი'],
    ["Ts'q'alt'ubo", 'tsqaltubo'],
    ['ბათუმი\n\tქუთაისი', 'ბათუმი ქუთაისი'],
    ['e\u0301', 'é'],
    ['?!…', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});

describe('words', () => {
  it('splits normalised text into words and keeps hyphenated words whole', () => {
    expect(words('ბათუმში, ქვემო-ქართლში და ᲗᲑᲘᲚᲘᲡᲨᲘ.')).toEqual(['ბათუმში', 'ქვემო-ქართლში', 'და', 'თბილისში']);
  });

  it('gives no words for empty text', () => {
    expect(words('  — ')).toEqual([]);
  });
});
