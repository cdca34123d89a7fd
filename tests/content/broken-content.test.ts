import { execFile } from 'node:child_process';
import { cpSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/project-copy.ts';

const run = promisify(execFile);
const project = resolve('.');
const workDirs: string[] = [];

/**
 * Builds a copy of the site whose content has been broken by `breakContent`,
 * and returns the build's exit code and output (see scripts/project-copy.ts).
 */
async function buildWithBrokenContent(breakContent: (contentDir: string) => void) {
  const dir = copyProject(project, 'portal-broken-');
  workDirs.push(dir);
  breakContent(join(dir, 'content'));
  try {
    const { stdout, stderr } = await run(join(project, 'node_modules/.bin/astro'), ['build'], {
      cwd: dir,
      // A production address of its own, so these builds get past the SITE_URL guard whatever the
      // caller's CI or NODE_ENV (tests/content/production-build.test.ts tests the guard): the
      // failure each test expects is the broken content's, never a missing setting.
      env: { ...process.env, SITE_URL: 'https://portal.example.test', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      maxBuffer: 20 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

describe('a broken content file stops the build and names file, field and reason', () => {
  it('a value outside the fixed vocabulary (schema violation)', async () => {
    const { code, output } = await buildWithBrokenContent((c) =>
      edit(join(c, 'places/telavi-service-hub.yaml'), (t) => t.replace('status: open', 'status: shut')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/places/telavi-service-hub.yaml');
    expect(output).toMatch(/status[^\n]*(open|planned)/);
  });

  it('a place with no way to make contact (no phone of its own and no contactVia)', async () => {
    const { code, output } = await buildWithBrokenContent((c) =>
      edit(join(c, 'places/akhmeta-service-hub.yaml'), (t) => t.replace(/^contactVia: .*\n/m, '')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/places/akhmeta-service-hub.yaml: field "contactVia": the place has no phone number');
  });

  it('a contact path through a body that does not exist', async () => {
    const { code, output } = await buildWithBrokenContent((c) =>
      edit(join(c, 'places/telavi-service-hub.yaml'), (t) => t.replace('contactVia: [telavi-municipality', 'contactVia: [telavi-municipalty')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/places/telavi-service-hub.yaml: field "contactVia": refers to "telavi-municipalty", but there is no content/bodies/telavi-municipalty.yaml');
  });

  it('a confirmation date that is not a month, and one in the future', async () => {
    const notAMonth = await buildWithBrokenContent((c) =>
      edit(join(c, 'bodies/akhmeta-municipality.yaml'), (t) => t.replace('confirmed: 2023-12', 'confirmed: 2023-13')),
    );
    expect(notAMonth.code).not.toBe(0);
    expect(notAMonth.output).toContain('content/bodies/akhmeta-municipality.yaml');
    expect(notAMonth.output).toMatch(/phones\.0\.confirmed[^\n]*"2023-13" is not a confirmation date: write the source's date as YYYY-MM/);
    const future = await buildWithBrokenContent((c) => edit(join(c, 'places/iom-poti.yaml'), (t) => t.replace('confirmed: 2026-11', 'confirmed: 2099-01')));
    expect(future.code).not.toBe(0);
    expect(future.output).toContain('content/places/iom-poti.yaml');
    expect(future.output).toMatch(/confirmed[^\n]*2099-01 is in the future/);
  });

  it('a place without its English name (missing translation in a bilingual file)', async () => {
    const { code, output } = await buildWithBrokenContent((c) =>
      edit(join(c, 'places/akhmeta-service-hub.yaml'), (t) => t.replace(/^ {2}en: Akhmeta municipal service hub\n/m, '')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/places/akhmeta-service-hub.yaml');
    expect(output).toContain('name.en');
  });

  it('a news article with no English twin (missing translation of a page)', async () => {
    const { code, output } = await buildWithBrokenContent((c) => unlinkSync(join(c, 'news/en/batumi-cooperation.mdx')));
    expect(code).not.toBe(0);
    expect(output).toContain('content/news/ka/batumi-cooperation.mdx');
    expect(output).toContain('has no en translation');
    expect(output).toContain('content/news/en/batumi-cooperation.mdx');
  });

  it('a reference to an unknown region', async () => {
    const { code, output } = await buildWithBrokenContent((c) =>
      edit(join(c, 'places/telavi-service-hub.yaml'), (t) => t.replace('region: kakheti', 'region: kaketi')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/places/telavi-service-hub.yaml');
    expect(output).toMatch(/field "region": unknown region "kaketi"/);
  });

  it('coordinates outside Georgia (latitude and longitude swapped)', async () => {
    const { code, output } = await buildWithBrokenContent((c) =>
      edit(join(c, 'places/telavi-service-hub.yaml'), (t) => t.replace('lat: 41.9192, lon: 45.4731', 'lat: 45.4731, lon: 41.9192')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/places/telavi-service-hub.yaml');
    expect(output).toMatch(/location\.lat[^\n]*inside Georgia/);
  });

  it('coordinates that lie in another region (copied from another town)', async () => {
    const { code, output } = await buildWithBrokenContent((c) =>
      edit(join(c, 'places/telavi-service-hub.yaml'), (t) => t.replace('lat: 41.9192, lon: 45.4731', 'lat: 42.25, lon: 42.7')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/places/telavi-service-hub.yaml: field "location": the point (42.25, 42.7) lies in Imereti (region: imereti)');
    expect(output).toContain("Kakheti, the file's region: check the coordinates");
  });

  it('a review date that does not exist, and one in the future (never rolled over into another date)', async () => {
    const impossible = await buildWithBrokenContent((c) =>
      edit(join(c, 'places/iom-poti.yaml'), (t) => t.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-13-45')),
    );
    expect(impossible.code).not.toBe(0);
    expect(impossible.output).toContain('content/places/iom-poti.yaml: field "lastReviewed": "2026-13-45" is not a real date');
    const future = await buildWithBrokenContent((c) =>
      edit(join(c, 'programs/vocational-education.yaml'), (t) => t.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2099-01-01')),
    );
    expect(future.code).not.toBe(0);
    expect(future.output).toContain('content/programs/vocational-education.yaml: field "lastReviewed": 2099-01-01 is in the future');
  });

  it('a YAML typo: the file from the project root, its line and the fix, before Astro reads it', async () => {
    const { code, output } = await buildWithBrokenContent((c) =>
      edit(join(c, 'places/iom-poti.yaml'), (t) => t.replace('region: samegrelo-zemo-svaneti', 'region: [samegrelo-zemo-svaneti')),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/places\/iom-poti\.yaml:\d+:\d+: YAML syntax error \(BAD_INDENT\): .*Fix: check the indentation and that every \[ or \{ has its closing \] or \}/);
    expect(output).not.toContain('../../content/places/iom-poti.yaml');
  });

  it('the same phone number for two bodies, and a program that sends visitors to a closed place', async () => {
    const { code, output } = await buildWithBrokenContent((c) => {
      edit(join(c, 'bodies/akhmeta-municipality.yaml'), (t) => t.replace('+995 599 09 96 35', '+995 574 17 96 23'));
      edit(join(c, 'places/iom-poti.yaml'), (t) => t.replace('status: open', 'status: closed'));
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/bodies\/(akhmeta|telavi)-municipality\.yaml: field "phones": \+995 574 17 96 23 is also the number of content\/bodies\/(akhmeta|telavi)-municipality\.yaml/);
    expect(output).toContain('field "ask.places": "iom-poti" is closed');
  });

  it('a duplicate slug', async () => {
    const { code, output } = await buildWithBrokenContent((c) =>
      cpSync(join(c, 'places/telavi-service-hub.yaml'), join(c, 'places/telavi-service-hub.yml')),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/places\/telavi-service-hub\.ya?ml: duplicate slug "telavi-service-hub"/);
  });

  it('a file name that cannot be a URL', async () => {
    const { code, output } = await buildWithBrokenContent((c) =>
      cpSync(join(c, 'places/telavi-service-hub.yaml'), join(c, 'places/Telavi Hub.yaml')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/places/Telavi Hub.yaml');
    expect(output).toContain('must be a URL slug');
  });
});
