/**
 * Latin ↔ Georgian transliteration, the one set of rules by which search and
 * the town finder read Georgian typed in Latin letters. Visitors type Georgian words
 * on Latin keyboards in two ways: the national romanisation (2002 system,
 * with or without its apostrophes, plus older informal spellings such as
 * `x` or `kh` for ხ) and "keyboard-layout typing", pressing the key that
 * carries the Georgian letter on the standard Georgian QWERTY layout
 * (`q`→ქ, `w`→წ, `T`→თ …). {@link latinToGeorgian} returns one candidate per
 * system; the ambiguities left inside each (ქ or კ for `k`, თ or ტ for `t`)
 * are absorbed later by the merged letters of the search sound key, not by
 * enumerating spellings here.
 */
import { mtavruliToMkhedruli } from './script';

/**
 * The national romanisation of Georgian (2002), letter by letter. Ejectives
 * carry an apostrophe (`k'` კ, `p'` პ, `t'` ტ, `q'` ყ, `ts'` წ, `ch'` ჭ).
 */
export const NATIONAL_ROMANISATION: Readonly<Record<string, string>> = {
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i',
  კ: "k'", ლ: 'l', მ: 'm', ნ: 'n', ო: 'o', პ: "p'", ჟ: 'zh', რ: 'r', ს: 's',
  ტ: "t'", უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: "q'", შ: 'sh', ჩ: 'ch', ც: 'ts',
  ძ: 'dz', წ: "ts'", ჭ: "ch'", ხ: 'kh', ჯ: 'j', ჰ: 'h',
};

/**
 * Latin spellings read as the national romanisation (lower case), including
 * the apostrophe-less and older informal spellings found in the wild:
 * `x`/`kh` ხ, `q` ქ, `c`/`tz` ც, `tch` ჭ, `dj` ჯ, `ph` ფ, `th` თ, `f` ფ,
 * `w` ვ, `y` ი. Matched longest first.
 */
export const NATIONAL_READING: Readonly<Record<string, string>> = {
  tch: 'ჭ', "ts'": 'წ', "ch'": 'ჭ', "tz'": 'წ',
  "k'": 'კ', "p'": 'პ', "t'": 'ტ', "q'": 'ყ', "c'": 'წ',
  ts: 'ც', tz: 'ც', ch: 'ჩ', kh: 'ხ', gh: 'ღ', sh: 'შ', zh: 'ჟ', dz: 'ძ',
  dj: 'ჯ', ph: 'ფ', th: 'თ',
  "č'": 'ჭ', š: 'შ', ž: 'ჟ', č: 'ჩ', ǰ: 'ჯ', ʒ: 'ძ', ɣ: 'ღ',
  a: 'ა', b: 'ბ', c: 'ც', d: 'დ', e: 'ე', f: 'ფ', g: 'გ', h: 'ჰ', i: 'ი',
  j: 'ჯ', k: 'ქ', l: 'ლ', m: 'მ', n: 'ნ', o: 'ო', p: 'ფ', q: 'ქ', r: 'რ',
  s: 'ს', t: 'თ', u: 'უ', v: 'ვ', w: 'ვ', x: 'ხ', y: 'ი', z: 'ზ',
};

/**
 * The standard Georgian QWERTY keyboard layout: the Latin key (case matters
 * for T J R S C Z W) and the Georgian letter it types.
 */
export const KEYBOARD_LAYOUT: Readonly<Record<string, string>> = {
  a: 'ა', b: 'ბ', c: 'ც', d: 'დ', e: 'ე', f: 'ფ', g: 'გ', h: 'ჰ', i: 'ი',
  j: 'ჯ', k: 'კ', l: 'ლ', m: 'მ', n: 'ნ', o: 'ო', p: 'პ', q: 'ქ', r: 'რ',
  s: 'ს', t: 'ტ', u: 'უ', v: 'ვ', w: 'წ', x: 'ხ', y: 'ყ', z: 'ზ',
  T: 'თ', J: 'ჟ', R: 'ღ', S: 'შ', C: 'ჩ', Z: 'ძ', W: 'ჭ',
};

/** Variant letters of other romanisations, written as the one form the readings know. */
const VARIANT_LETTERS: Readonly<Record<string, string>> = { ǯ: 'ǰ', Ǯ: 'ǰ', γ: 'ɣ', Γ: 'Ɣ', ğ: 'ɣ', Ğ: 'Ɣ', Ʒ: 'ʒ' };
/** The scholarly ejective marks: dot below (U+0323, `ḳ c̣`) and dot above (U+0307, `q̇`). */
const EJECTIVE_DOT = /[\u0323\u0307]/u;
/** Marks the readings keep: the caron of `š ž č ǰ`. Any other accent is dropped. */
const KEPT_MARK = '\u030C';

/**
 * Latin text in ISO 9984, scholarly or phone-keyboard spelling written in one
 * form: `ǯ` → `ǰ`, `γ`/`ğ` → `ɣ`; an ejective dot (`ḳ`, `c̣`, `q̇`) → an
 * apostrophe after the letter; the carons of `š ž č ǰ` kept; every other
 * accent dropped. NFC, case kept. Read further by {@link readNational}
 * (`š` შ …) or spelled the national way by {@link foldDiacritics}.
 *
 * @example normaliseDiacritics('xelsac̣q̇oebi') // "xelsac'q'oebi"
 * @example normaliseDiacritics('č̣ia') // "č'ia"
 */
export function normaliseDiacritics(s: string): string {
  let variants = '';
  for (const ch of s.normalize('NFC')) variants += VARIANT_LETTERS[ch] ?? ch;
  return variants
    .normalize('NFD')
    .replace(/(\p{L})(\p{M}+)/gu, (_, letter: string, marks: string) => {
      const kept = [...marks].filter((m) => m === KEPT_MARK).join('');
      return `${letter}${kept}${EJECTIVE_DOT.test(marks) ? "'" : ''}`;
    })
    .normalize('NFC');
}

/** The national spelling of the letters {@link normaliseDiacritics} keeps. */
const DIACRITIC_SPELLINGS: Readonly<Record<string, string>> = {
  š: 'sh', ž: 'zh', č: 'ch', ǰ: 'j', ʒ: 'dz', ɣ: 'gh', Š: 'Sh', Ž: 'Zh', Č: 'Ch', Ʒ: 'Dz', Ɣ: 'Gh',
};

/**
 * Latin text in any romanisation of Georgian spelled the national way, in
 * Latin letters: `š`→`sh`, `ž`→`zh`, `č`→`ch`, `ǰ`/`ǯ`→`j`, `ʒ`→`dz`,
 * `ɣ`/`γ`/`ğ`→`gh`, the scholarly ejective dot → an apostrophe, other accents
 * dropped (see {@link normaliseDiacritics}). For comparing Latin spellings
 * (the town finder's names); reading into Georgian goes through
 * {@link readNational}, which reads `š` as one letter (`ozurgetši` is ოზურგეთში,
 * where `ozurgetshi` is ambiguous).
 *
 * @example foldDiacritics('samušao') // 'samushao'
 * @example foldDiacritics('xelsac̣q̇oebi') // "xelsac'q'oebi"
 */
export function foldDiacritics(s: string): string {
  let out = '';
  for (const ch of normaliseDiacritics(s)) out += DIACRITIC_SPELLINGS[ch] ?? ch;
  return out;
}

/** Apostrophe look-alikes people type for the ejective mark. */
const APOSTROPHES = /[’ʼ‘`´]/gu;
const LONGEST_READING = 3;

/**
 * Read Latin text as the national romanisation, longest spelling first,
 * including the letters of ISO 9984, scholarly and phone-keyboard spellings
 * (`š`, `ž`, `č`, `č'`, `ǰ`, `ʒ`, `ɣ`, dotted ejectives `c̣`, `q̇` …: see
 * {@link normaliseDiacritics}). Every apostrophe
 * style (`'` `’` `ʼ` `‘` or none) reads the same. Characters that are not
 * Latin letters pass through; a stray apostrophe is dropped.
 *
 * @example readNational("Ts'q'altubo") // 'წყალტუბო'
 * @example readNational('kutaisi') // 'ქუთაისი'
 * @example readNational('samušao') // 'სამუშაო'
 */
export function readNational(s: string): string {
  const text = normaliseDiacritics(s).replace(APOSTROPHES, "'").toLowerCase().normalize('NFC');
  let out = '';
  let i = 0;
  while (i < text.length) {
    let matched = false;
    for (let len = LONGEST_READING; len >= 1; len--) {
      const georgian = NATIONAL_READING[text.slice(i, i + len)];
      if (georgian !== undefined) {
        out += georgian;
        i += len;
        matched = true;
        break;
      }
    }
    if (!matched) {
      const ch = text[i] ?? '';
      if (ch !== "'") out += ch;
      i += 1;
    }
  }
  return out;
}

/**
 * Read Latin text as keys pressed on the Georgian keyboard layout. Case only
 * counts when the word is in mixed case after its first letter
 * (`saqarTvelo`); a plain capitalised or all-caps word is read in lower case,
 * since its capitals are grammar, not Shift held for თ or შ.
 *
 * @example readKeyboard('wyaltubo') // 'წყალტუბო'
 * @example readKeyboard('saqarTvelo') // 'საქართველო'
 */
export function readKeyboard(s: string): string {
  return s
    .replace(APOSTROPHES, "'")
    .split(/(\s+)/u)
    .map((word) => {
      const rest = word.slice(1);
      const mixedCase = rest !== rest.toLowerCase() && rest !== rest.toUpperCase();
      const keys = mixedCase ? word : word.toLowerCase();
      let out = '';
      for (const ch of keys) {
        if (ch === "'") continue;
        out += KEYBOARD_LAYOUT[ch] ?? KEYBOARD_LAYOUT[ch.toLowerCase()] ?? ch;
      }
      return out;
    })
    .join('');
}

/**
 * Candidate Georgian spellings of Latin input: first as the national
 * romanisation, then as keyboard-layout typing; duplicates removed, so the
 * list has one or two entries. Georgian letters in the input pass through.
 *
 * @example latinToGeorgian('batumi') // ['ბათუმი', 'ბატუმი']
 * @example latinToGeorgian('tskaltubo') // ['ცქალთუბო', 'ტსკალტუბო']
 * @example latinToGeorgian('wyaltubo') // ['ვიალთუბო', 'წყალტუბო']
 */
export function latinToGeorgian(s: string): string[] {
  const candidates = [readNational(s), readKeyboard(s)];
  return [...new Set(candidates)];
}

/**
 * Romanise Georgian text with the national system, in lower case. Ejective
 * apostrophes are left out unless asked for, as on road signs and in most
 * English prose (`Tskaltubo`, not `Ts'q'alt'ubo`).
 *
 * @example georgianToLatin('წყალტუბო') // 'tsqaltubo'
 * @example georgianToLatin('წყალტუბო', { apostrophes: true }) // "ts'q'alt'ubo"
 */
export function georgianToLatin(s: string, options: { apostrophes?: boolean } = {}): string {
  const keepApostrophes = options.apostrophes ?? false;
  let out = '';
  for (const ch of mtavruliToMkhedruli(s)) {
    const latin = NATIONAL_ROMANISATION[ch];
    if (latin === undefined) out += ch;
    else out += keepApostrophes ? latin : latin.replace("'", '');
  }
  return out;
}

/**
 * Spelling differences between romanisations of Georgian (national, older
 * informal and Russian-derived), folded to one form. Applied in order to
 * lower-case ASCII text.
 */
const ROMANISATION_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/tch/g, 'ch'], // Tchiatura → Chiatura
  [/dzh/g, 'j'], // Gurdzhaani → Gurjaani (Russian-derived)
  [/kh/g, 'x'], // ხ: Khashuri, Xashuri
  [/gh/g, 'g'], // ღ: Sighnaghi, Signagi
  [/ph/g, 'p'], // ფ: Photi → Poti
  [/th/g, 't'], // თ
  [/q/g, 'k'], // ყ: Tsqaltubo → Tskaltubo, Qvareli → Kvareli
  [/f/g, 'p'], // ფ: Zestafoni → Zestaponi
  [/w/g, 'v'], // Kwareli
  [/y/g, 'i'],
  [/t[sz]/g, 'c'], // ც/წ: ts, tz, c
  [/([a-z])\1+/g, '$1'], // Gurjaani/Gurjani, Kutaissi
];

/**
 * Latin text with the romanisation variants of Georgian folded together, so
 * two spellings of one name compare equal while staying in Latin letters (for
 * names that are not transliterations, such as Kazbegi or Sukhumi). Expects
 * lower-case text without apostrophes.
 *
 * @example foldRomanisation('tsqaltubo') === foldRomanisation('tskaltubo') // both 'ckaltubo'
 */
export function foldRomanisation(s: string): string {
  let folded = s;
  for (const [pattern, replacement] of ROMANISATION_FOLDS) folded = folded.replace(pattern, replacement);
  return folded;
}
