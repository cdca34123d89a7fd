import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../../src/i18n/locales';

/**
 * The site's languages are declared once, in src/i18n/locales.ts; routes, the
 * sitemap, scripts and tests derive from it (`localeCodes`, `Locale`,
 * `localePathPattern`, `localeStaticPaths`, `perLocale`). This guard fails when
 * the list is typed out again anywhere else: as an array, a union type, a regex
 * alternation or a code-to-code map.
 */

const source = 'src/i18n/locales.ts';
const roots = ['src', 'scripts', 'bench', 'tests', 'astro.config.mjs'];
const codeFile = /\.(?:[cm]?[jt]sx?|astro)$/;

/** Two different language codes side by side, whatever the quotes and order. */
const codes = `(?:${localeCodes.join('|')})`;
const shapes: Array<{ name: string; pattern: RegExp }> = [
  // ['ka', 'en'], ["en","ka"], it.each(['ka', 'en'])
  { name: 'list', pattern: new RegExp(`(['"\`])(${codes})\\1\\s*,\\s*(['"\`])(?!\\2\\3)${codes}\\3`, 'g') },
  // 'ka' | 'en'
  { name: 'union type', pattern: new RegExp(`(['"])(${codes})\\1\\s*\\|\\s*(['"])(?!\\2\\3)${codes}\\3`, 'g') },
  // (ka|en), (?:en|ka), /^\/ka|en/ and the same inside a RegExp string
  { name: 'alternation', pattern: new RegExp(`\\b(${codes})\\|(?!\\1\\b)${codes}\\b`, 'g') },
  // { ka: 'ka', en: 'en' }
  { name: 'code map', pattern: new RegExp(`\\b(${codes})\\s*:\\s*(['"])\\1\\2\\s*,\\s*(?!\\1\\b)(${codes})\\s*:\\s*(['"])\\3\\4`, 'g') },
];

/**
 * Places where the codes may stand side by side, each with the reason. Keep it
 * short: anything that lists the languages belongs in src/i18n/locales.ts.
 */
const allowed: Array<{ file: string; text: string; reason: string }> = [
  {
    file: 'tests/unit/i18n/one-locale-list.test.ts',
    text: '*',
    reason: 'this guard names the shapes it looks for',
  },
];

function* codeFiles(path: string): Generator<string> {
  const entries = readdirSync(path, { withFileTypes: true });
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* codeFiles(child);
    else if (codeFile.test(entry.name)) yield child;
  }
}

function allFiles(): string[] {
  return roots.flatMap((root) => (codeFile.test(root) ? [root] : [...codeFiles(root)])).filter((f) => f !== source);
}

interface Finding {
  file: string;
  line: number;
  shape: string;
  text: string;
}

function findings(): Finding[] {
  const found: Finding[] = [];
  for (const file of allFiles()) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const { name, pattern } of shapes) {
          for (const match of line.matchAll(pattern)) found.push({ file, line: i + 1, shape: name, text: match[0] });
        }
      });
  }
  return found;
}

const isAllowed = (f: Finding) => allowed.some((a) => a.file === f.file && (a.text === '*' || a.text === f.text));

describe('one locale list', () => {
  it('finds the shapes it looks for (the guard itself works)', () => {
    const samples = [
      `it.each(['${localeCodes[0]}', '${localeCodes[1]}'])`,
      `type L = "${localeCodes[1]}" | "${localeCodes[0]}";`,
      `/^\\/(${localeCodes[0]}|${localeCodes[1]})\\//`,
      `const l = { ${localeCodes[0]}: '${localeCodes[0]}', ${localeCodes[1]}: '${localeCodes[1]}' };`,
    ];
    for (const [i, sample] of samples.entries()) expect(sample, sample).toMatch(shapes[i]!.pattern);
    // One code on its own is not a list.
    expect(`localizedPath('${localeCodes[0]}', 'home')`).not.toMatch(shapes[0]!.pattern);
    expect(`['${localeCodes[0]}', '${localeCodes[0]}']`).not.toMatch(shapes[0]!.pattern);
  });

  it(`lists the languages only in ${source}`, () => {
    const outside = findings()
      .filter((f) => !isAllowed(f))
      .map((f) => `${f.file}:${f.line}: ${f.shape} ${f.text}: derive it from ${source}`);
    expect(outside).toEqual([]);
  });

  it('has no allowlist entry that is no longer needed', () => {
    const all = findings();
    const stale = allowed.filter((a) => a.text !== '*' && !all.some((f) => f.file === a.file && f.text === a.text));
    expect(stale).toEqual([]);
  });
});
