/**
 * docs/benchmarks.md holds one section per benchmark, each between its own start and end
 * markers (`<!-- bench:search:start -->` … `<!-- bench:search:end -->`) and written only by the
 * script it names. These helpers put a fresh section in place and leave the others alone.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Where the benchmarks write their results. */
export const BENCHMARK_NOTES = 'docs/benchmarks.md';

/** The notes file as it starts when no benchmark has written to it yet. */
const EMPTY_NOTES = '# Benchmarks\n\nMeasurements of the built site. Each section is written by the script it names.\n';

/**
 * `notes` with the text between `start` and `end` (markers included) replaced by `section`, which
 * carries its own markers; appended after a blank line when the markers are not there in order.
 *
 * @example replaceSection('# B\n\n<!-- s -->old<!-- e -->\n', '<!-- s -->', '<!-- e -->', '<!-- s -->new<!-- e -->')
 *   // '# B\n\n<!-- s -->new<!-- e -->\n'
 */
export function replaceSection(notes: string, start: string, end: string, section: string): string {
  const at = notes.indexOf(start);
  const until = notes.indexOf(end);
  return at >= 0 && until > at
    ? notes.slice(0, at) + section + notes.slice(until + end.length)
    : `${notes.trimEnd()}\n\n${section}\n`;
}

/** Writes `section` into the notes file (created when missing) between `start` and `end`. */
export function writeSection(start: string, end: string, section: string, file = BENCHMARK_NOTES): void {
  const notes = existsSync(file) ? readFileSync(file, 'utf8') : EMPTY_NOTES;
  writeFileSync(file, replaceSection(notes, start, end, section));
}
