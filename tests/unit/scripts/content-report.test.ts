import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = new URL('../../../scripts/content-report.ts', import.meta.url).pathname;
const fixture = new URL('./fixtures/content-report/content/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'content-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the script on a content folder without git, on a fixed day. */
const run = (content: string, ...extra: string[]) =>
  spawnSync(process.execPath, [script, '--content', content, '--no-git', '--now', '2026-12-02', '--out', join(work, 'content.md'), ...extra], {
    encoding: 'utf8',
  });

describe('npm run content:report', () => {
  it('prints the table, writes the Markdown report and exits 0 without --strict', () => {
    const result = run(fixture);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('unknown-hub  unknown    2026-11-20  2025-05 phone');
    expect(result.stdout).toContain('5 rows: 2 stale, 2 without contact, 2 with unsourced fields');
    expect(readFileSync(join(work, 'content.md'), 'utf8')).toContain(
      '| programme | closed-door | — | 2025-05-30 | — | STALE (reviewed 2025-05-30), NO CONTACT |',
    );
  });

  it('exits 1 with --strict when a row is stale', () => {
    expect(run(fixture, '--strict').status).toBe(1);
  });

  it('exits 0 with --strict when nothing is stale', () => {
    const fresh = join(work, 'fresh');
    cpSync(join(fixture, 'bodies'), join(fresh, 'bodies'), { recursive: true });
    cpSync(join(fixture, 'places/fresh-hub.yaml'), join(fresh, 'places/fresh-hub.yaml'));
    const result = run(fresh, '--strict');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('npm run content:report with git history', () => {
  it('reports a text changed in one language since the review, and an MDX file changed after its twin', () => {
    const repo = join(work, 'repo');
    const content = join(repo, 'content');
    const commit = (date: string) => {
      const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
      execFileSync('git', ['add', '-A'], { cwd: repo, env });
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', date], { cwd: repo, env });
    };
    mkdirSync(join(content, 'programs'), { recursive: true });
    mkdirSync(join(content, 'pages/ka'), { recursive: true });
    mkdirSync(join(content, 'pages/en'), { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: repo });
    const texts = new URL('./fixtures/content-report/texts/', import.meta.url).pathname;
    const programme = (text: string) => `${text}officialUrl: https://example.ge\nlastReviewed: 2026-11-20\n`;
    writeFileSync(join(content, 'programs/p.yaml'), programme(readFileSync(join(texts, 'before.yaml'), 'utf8')));
    writeFileSync(join(content, 'pages/ka/about.mdx'), 'ერთი\n');
    writeFileSync(join(content, 'pages/en/about.mdx'), 'One\n');
    commit('2026-11-20T10:00:00+04:00');
    writeFileSync(join(content, 'programs/p.yaml'), programme(readFileSync(join(texts, 'after.yaml'), 'utf8')));
    writeFileSync(join(content, 'pages/ka/about.mdx'), 'ერთი, ორი\n');
    commit('2026-11-28T10:00:00+04:00');

    const result = spawnSync(process.execPath, [script, '--content', content, '--now', '2026-12-02', '--out', join(work, 'git.md')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/programme +p .*ONE LANGUAGE \(summary: ka only; eligibility: en only\)/);
    expect(result.stdout).toMatch(/pages\/\*\/about\.mdx: ka changed after en \([0-9a-f]+, en last [0-9a-f]+\)/);
  });
});
