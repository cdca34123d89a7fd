import { parseDocument } from 'yaml';

/**
 * YAML syntax errors in content files, said so an editor can fix them: the
 * file's path from the project root, the line and column, what is wrong, and
 * how to fix it. Astro's own message names the file by a path relative to its
 * package folder and shows a stack trace.
 */

/** What an editor most often got wrong, by the YAML parser's error code. */
const fixes: Record<string, string> = {
  BAD_INDENT: 'check the indentation and that every [ or { has its closing ] or }',
  MISSING_CHAR: 'a bracket, brace or quote is not closed',
  MULTILINE_IMPLICIT_KEY: 'a value that goes on over several lines needs quotes, or `>-` on the line before it',
  DUPLICATE_KEY: 'the same field is written twice: keep one',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BLOCK_AS_IMPLICIT_KEY: 'a line is missing its `field:` or is indented too far',
  UNEXPECTED_TOKEN: 'a value with `: ` or ` #` in it needs quotes',
};
const defaultFix = 'check the quotes, brackets and indentation on that line; a value with `: ` or ` #` in it needs quotes';

/**
 * The first YAML syntax error of a text, as one line for the editor; undefined
 * when the text parses. `lineOffset` places front matter inside its MDX file.
 *
 * @example yamlSyntaxProblem('region: [kakheti\n', 'content/places/x.yaml') // 'content/places/x.yaml:2:1: YAML syntax error (BAD_INDENT): … Fix: …'
 */
export function yamlSyntaxProblem(text: string, file: string, lineOffset = 0): string | undefined {
  const [error] = parseDocument(text, { prettyErrors: true, uniqueKeys: true }).errors;
  if (!error) return undefined;
  const { line = 1, col = 1 } = error.linePos?.[0] ?? {};
  const what = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  return `${file}:${line + lineOffset}:${col}: YAML syntax error (${error.code}): ${what}. Fix: ${fixes[error.code] ?? defaultFix}.`;
}

/**
 * The front matter of an MDX or Markdown file and how many lines precede it, or
 * undefined when the file has none.
 */
export function frontMatter(text: string): { yaml: string; lineOffset: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  return match ? { yaml: match[1] ?? '', lineOffset: 1 } : undefined;
}
