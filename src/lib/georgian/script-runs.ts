/**
 * Georgian words inside other text, so a page can mark them `lang="ka"` (WCAG 3.1.2 language of
 * parts): a screen reader reads them with a Georgian voice instead of spelling them out.
 */

/** Georgian letters: Mkhedruli, Asomtavruli and Nuskhuri, and Mtavruli capitals. */
const georgianRun = /[\u10A0-\u10FF\u1C90-\u1CBF\u2D00-\u2D2F]+(?:[\s-]+[\u10A0-\u10FF\u1C90-\u1CBF\u2D00-\u2D2F]+)*/gu;

/** A piece of text and whether it is Georgian. */
export interface ScriptRun {
  text: string;
  georgian: boolean;
}

/**
 * Splits text into runs of Georgian words and the rest, in order (the runs join back to the text).
 *
 * @example scriptRuns('for example Ozurgeti or ოზურგეთი.') // [{ text: 'for example Ozurgeti or ', georgian: false }, { text: 'ოზურგეთი', georgian: true }, { text: '.', georgian: false }]
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let at = 0;
  for (const match of text.matchAll(georgianRun)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), georgian: false });
    runs.push({ text: match[0], georgian: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), georgian: false });
  return runs;
}
