import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The repository's content folder. */
export const contentDir = new URL('../../../../../content/', import.meta.url);

/** One program file: its id (file name without extension) and its parsed, not yet validated, YAML. */
export interface ProgramFile {
  id: string;
  path: string;
  data: unknown;
}

/** Every file in content/programs/, sorted by id, parsed as YAML. */
export function readProgramFiles(): ProgramFile[] {
  const dir = new URL('programs/', contentDir);
  return readdirSync(dir)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => ({
      id: name.replace(/\.[a-z]+$/, ''),
      path: `content/programs/${name}`,
      data: parse(readFileSync(new URL(name, dir), 'utf8')) as unknown,
    }));
}

/** The region ids declared in content/regions.yaml. */
export function readRegionIds(): Set<string> {
  const regions = parse(readFileSync(new URL('regions.yaml', contentDir), 'utf8')) as Array<{ id: string }>;
  return new Set(regions.map((r) => r.id));
}

/** The regions declared in content/regions.yaml, with their ISO codes and names. */
export function readRegions(): Array<{ id: string; iso: string; name: { ka: string; en: string } }> {
  return parse(readFileSync(new URL('regions.yaml', contentDir), 'utf8')) as Array<{ id: string; iso: string; name: { ka: string; en: string } }>;
}
