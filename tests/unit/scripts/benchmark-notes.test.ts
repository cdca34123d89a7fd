import { describe, expect, it } from 'vitest';
import { replaceSection } from '../../../scripts/benchmark-notes.ts';

const START = '<!-- bench:x:start -->';
const END = '<!-- bench:x:end -->';

describe('replaceSection', () => {
  it('replaces only the text between its own markers', () => {
    const notes = `# Benchmarks\n\n<!-- bench:y:start -->y<!-- bench:y:end -->\n\n${START}\nold\n${END}\n\nafter\n`;
    expect(replaceSection(notes, START, END, `${START}\nnew\n${END}`)).toBe(
      `# Benchmarks\n\n<!-- bench:y:start -->y<!-- bench:y:end -->\n\n${START}\nnew\n${END}\n\nafter\n`,
    );
  });

  it('appends the section after a blank line when the markers are missing', () => {
    expect(replaceSection('# Benchmarks\n\n', START, END, `${START}s${END}`)).toBe(`# Benchmarks\n\n${START}s${END}\n`);
  });

  it('appends when the end marker comes before the start marker', () => {
    expect(replaceSection(`${END}\n${START}\n`, START, END, 'S')).toBe(`${END}\n${START}\n\nS\n`);
  });
});
