#!/usr/bin/env node
/**
 * `npm run content:report`: what in content/ needs an editor's attention. One row per place and
 * programme with its `confirmed` date (places), `lastReviewed` date and oldest contact date, and
 * these flags (the rules are spelled out in scripts/content-report/rows.ts and one-language.ts):
 *
 * - STALE: the status or a contact (own phone or address, or a phone of a `contactVia` body) is
 *   more than 18 months old or `unknown`, the rule the pages use (`isStale`); a programme, which
 *   has no dated facts, when its `lastReviewed` is more than 18 months old.
 * - NO CONTACT: a place with no phone of its own and no `contactVia` body with a phone or
 *   website; a programme with no `officialUrl`, phone, e-mail or `ask.links`.
 * - UNSOURCED: `sources` missing or empty, or contact details (address, phones, e-mail, hours)
 *   stated while every source is Wikipedia.
 * - ONE LANGUAGE: from git, a `ka`/`en` text changed in one language only since the file's
 *   `lastReviewed` day. Bodies, and MDX pages and news (a ka file changed after its en twin or
 *   the reverse), are listed below the table.
 *
 * Prints the table and writes it to reports/content.md. Exits 0, or with --strict 1 when any row
 * is STALE (for a scheduled job).
 *
 *   npm run content:report [-- --strict] [--content DIR] [--out FILE] [--no-git] [--now YYYY-MM-DD]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { localeCodes } from '../src/i18n/locales.ts';
import { lastChange, textAtReview } from './content-report/git.ts';
import { oneLanguageChanges, twinLag } from './content-report/one-language.ts';
import { type ReportRow, type Yaml, anyStale, markdownTable, placeRow, programmeRow, terminalTable } from './content-report/rows.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const contentDir = option('content') ?? 'content';
const outFile = option('out') ?? 'reports/content.md';
const useGit = !args.includes('--no-git');
const strict = args.includes('--strict');
const now = option('now') ? new Date(`${option('now')}T12:00:00Z`) : new Date();
if (Number.isNaN(now.getTime())) throw new Error(`--now ${option('now')}: give a day as YYYY-MM-DD`);

/** The YAML files of one content folder, by id (file name without `.yaml`). */
function readFolder(folder: string): Array<{ id: string; file: string; data: Yaml }> {
  const dir = join(contentDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return { id: name.slice(0, -'.yaml'.length), file, data: (parse(readFileSync(file, 'utf8')) ?? {}) as Yaml };
    });
}

/** The one-language findings of a bilingual YAML file since its review; empty without git. */
function yamlFindings(file: string, data: Yaml): string[] {
  if (!useGit || typeof data['lastReviewed'] !== 'string') return [];
  const before = textAtReview(file, data['lastReviewed']);
  return before === undefined ? [] : oneLanguageChanges(before, readFileSync(file, 'utf8'));
}

const bodies = readFolder('bodies');
const bodyMap = new Map(bodies.map((b) => [b.id, b.data]));
const rows: ReportRow[] = [
  ...readFolder('places').map(({ id, file, data }) => ({ ...placeRow(id, data, bodyMap, now), oneLanguage: yamlFindings(file, data) })),
  ...readFolder('programs').map(({ id, file, data }) => ({ ...programmeRow(id, data, now), oneLanguage: yamlFindings(file, data) })),
];

// Texts outside the rows: bodies (bilingual YAML) and the MDX pages and news with their twins.
const others: string[] = [];
if (useGit) {
  for (const { file, data } of bodies) {
    for (const finding of yamlFindings(file, data)) others.push(`${relative('.', file)}: ${finding}`);
  }
  for (const folder of ['pages', 'news']) {
    const slugs = new Set<string>();
    for (const lang of localeCodes) {
      const dir = join(contentDir, folder, lang);
      if (existsSync(dir)) for (const name of readdirSync(dir)) if (name.endsWith('.mdx')) slugs.add(name);
    }
    for (const name of [...slugs].sort()) {
      const versions = localeCodes.map((lang) => {
        const file = join(contentDir, folder, lang, name);
        return { lang, change: existsSync(file) ? (lastChange(file) ?? { time: 0, ref: 'untracked' }) : undefined };
      });
      for (const lag of twinLag(versions)) others.push(`${relative('.', join(contentDir, folder))}/*/${name}: ${lag}`);
    }
  }
}

const stale = rows.filter((r) => r.stale.length).length;
const summary = `${rows.length} rows: ${stale} stale, ${rows.filter((r) => r.noContact).length} without contact, ${
  rows.filter((r) => r.unsourced.length).length
} with unsourced fields, ${rows.filter((r) => r.oneLanguage.length).length + others.length} changed in one language${useGit ? '' : ' (git not read: --no-git)'}`;
const otherLines = others.length ? others.map((o) => `- ${o}`) : ['- none'];

console.log(terminalTable(rows));
console.log(`\nOther texts changed in one language only:\n${otherLines.join('\n')}`);
console.log(`\n${summary}. Report: ${outFile}`);

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(
  outFile,
  [
    `# Content report`,
    '',
    `${now.toISOString().slice(0, 10)}, over \`${contentDir}/\`. ${summary}.`,
    '',
    'Columns: `confirmed` is the source date of a place\'s status; `reviewed` is `lastReviewed`; `oldest contact` is the',
    'oldest date among the place\'s own phones and address and the phones of its `contactVia` bodies. The flags and their',
    'rules are described at the top of `scripts/content-report.ts`.',
    '',
    markdownTable(rows),
    '',
    '## Other texts changed in one language only',
    '',
    ...otherLines,
    '',
  ].join('\n'),
);

process.exitCode = strict && anyStale(rows) ? 1 : 0;
