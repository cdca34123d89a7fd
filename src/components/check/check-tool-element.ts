/**
 * The <check-tool> element: reads the answers from the form (or the address),
 * runs the eligibility rules in the browser and shows the result: the programs
 * that fit, then those that do not with the reasons why. Nothing is
 * stored or sent: the answers live only in the page address, after the `#`
 * (`/en/check/#month=8&year=2026&need=health`), which browsers never send to a
 * server, so they stay out of its logs and out of the offline cache. An address
 * with the answers in the query (an older shared link, or the form sent without
 * JavaScript) still works and is rewritten to the fragment.
 */
import { format } from '../../i18n/ui';
import { type Locale, locales } from '../../i18n/locales';
import { formatDate } from '../../lib/format/date';
import type { Town } from '../../lib/places/gazetteer';
import { matchTown } from '../../lib/places/gazetteer';
import type { CheckPageData, CheckPlace } from '../../lib/programs/check-data';
import {
  type CheckForm,
  answersFromForm,
  checkParams,
  hasAnswers,
  parseCheckQuery,
  returnDateOf,
  serialiseCheckQuery,
  uncoveredNeeds,
} from '../../lib/programs/check-query';
import { matchPrograms } from '../../lib/programs/match';
import { type ProgramMiss, missedPrograms, notFitText, notFitWords } from '../../lib/programs/not-fit';
import { type VisitorWhere, placesToAsk } from '../../lib/programs/place-to-ask';
import { replaceAddress, syncLanguageSwitch } from '../../lib/url-state/address';
import { formQuery, withFragment, withQuery } from '../../lib/url-state/query';

/** The page's address with the answers in the fragment and no query. */
const answersAddress = (href: string, query: string) => withFragment(withQuery(href, ''), query.replace(/^\?/, ''));

/** How many places to suggest. */
const placeCount = 3;

/** The element's child marked `selector`; throws when the page markup lacks it. */
function part<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`check page: missing ${selector}`);
  return found;
}

/** A clone of a <template>'s first element. */
function fromTemplate(template: HTMLTemplateElement): HTMLElement {
  return template.content.firstElementChild?.cloneNode(true) as HTMLElement;
}

/** Fills a list with one <li> per text. */
function fillList(list: Element, texts: readonly string[]): void {
  list.replaceChildren(...texts.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
}

let townsLoaded: Promise<Town[]> | undefined;
/** The gazetteer, fetched (from this site) the first time a town is typed. */
function loadTowns(): Promise<Town[]> {
  townsLoaded ??= import('../../data/gazetteer.json').then((m) => m.default as Town[]);
  return townsLoaded;
}

class CheckTool extends HTMLElement {
  #data!: CheckPageData;
  #locale!: Locale;
  #form!: HTMLFormElement;
  #result!: HTMLElement;

  connectedCallback(): void {
    this.#data = JSON.parse(part<HTMLScriptElement>(document, '#check-data').textContent ?? '{}') as CheckPageData;
    this.#locale = (this.dataset['locale'] ?? 'ka') as Locale;
    this.#form = part(this, 'form[data-check-form]');
    this.#result = part(this, '[data-result]');
    part<HTMLElement>(this, '[data-check-fallback]').hidden = true;
    this.#addMissingYears();

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      const form = parseCheckQuery(formQuery(new FormData(this.#form)), this.#regionIds());
      const query = serialiseCheckQuery(form);
      replaceAddress(window, (href) => answersAddress(href, query));
      void this.#render(form).then(() => part<HTMLElement>(this, '#result-title').focus());
    });
    part(this, '[data-print]').addEventListener('click', () => window.print());
    window.addEventListener('beforeprint', () => this.#stampDate());

    const fromFragment = parseCheckQuery(location.hash.slice(1), this.#regionIds());
    const initial = hasAnswers(fromFragment) ? fromFragment : parseCheckQuery(location.search, this.#regionIds());
    this.#fill(initial);
    if (hasAnswers(initial)) {
      const query = serialiseCheckQuery(initial);
      if (location.search) replaceAddress(window, (href) => answersAddress(href, query));
      else syncLanguageSwitch(window, (href) => answersAddress(href, query));
      void this.#render(initial);
    }
  }

  #regionIds(): string[] {
    return this.#data.regions.map((r) => r.id);
  }

  /** The year list is made at build time; a visitor in a later year must still find this year. */
  #addMissingYears(): void {
    const select = part<HTMLSelectElement>(this, 'select[data-year-select]');
    const buildYear = Number(select.dataset['buildYear']);
    const thisYear = new Date().getFullYear();
    for (let year = buildYear + 1; year <= thisYear; year++) {
      select.options.add(new Option(String(year), String(year)), 1);
    }
  }

  /** Sets the form controls to the answers (from a shared address). */
  #fill(form: CheckForm): void {
    const set = (name: string, value: string | undefined) => {
      for (const control of this.#form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)) {
        if (control instanceof HTMLInputElement && control.type === 'radio') control.checked = control.value === (value ?? '');
        else if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = false;
        else control.value = value ?? '';
      }
    };
    set(checkParams.month, form.month?.toString());
    set(checkParams.year, form.year?.toString());
    set(checkParams.stay, form.stay);
    set(checkParams.route, form.route);
    set(checkParams.region, form.region);
    set(checkParams.town, form.town);
    for (const box of this.#form.querySelectorAll<HTMLInputElement>(`input[name="${checkParams.need}"]`)) {
      box.checked = (form.needs as string[]).includes(box.value);
    }
  }

  #stampDate(): void {
    part(this, '[data-printed]').textContent = format(this.dataset['printedTemplate'] ?? '', {
      date: formatDate(new Date(), this.#locale),
    });
  }

  async #render(form: CheckForm): Promise<void> {
    const today = new Date();
    const town = form.town ? matchTown(form.town, await loadTowns())[0] : undefined;
    const townRegion = town ? this.#data.regions.find((r) => r.iso === town.region)?.id : undefined;
    const answers = answersFromForm(form, today, townRegion);
    const matches = matchPrograms(answers, this.#data.programs, today);
    const numbers = new Intl.NumberFormat(locales[this.#locale].intl, { maximumFractionDigits: 0 });

    this.#describeAnswers(form, today);

    part(this, '[data-result-count]').textContent = format(this.dataset['countTemplate'] ?? '', {
      count: numbers.format(matches.length),
    });
    part<HTMLElement>(this, '[data-result-none]').hidden = matches.length > 0;
    const uncovered = uncoveredNeeds(form.needs, matches.map((m) => m.id), this.#data.programs);
    part<HTMLElement>(this, '[data-result-documents]').hidden = !uncovered.includes('documents-legal');

    const template = part<HTMLTemplateElement>(this, 'template[data-program-template]');
    part(this, '[data-result-list]').replaceChildren(
      ...matches.map((match) => {
        const program = this.#data.programs.find((p) => p.id === match.id);
        const item = fromTemplate(template);
        if (!program) return item;
        item.dataset['program'] = program.id;
        const title = part<HTMLAnchorElement>(item, '[data-field=title]');
        title.href = program.url;
        title.textContent = program.title;
        part(item, '[data-field=provider]').textContent = program.provider;
        fillList(part(item, '[data-field=reasons]'), match.reasons.map((r) => r.text[this.#locale]));
        fillList(part(item, '[data-field=unanswered]'), match.unanswered.map((r) => r.text[this.#locale]));
        part<HTMLElement>(item, '[data-field=to-check]').hidden = match.unanswered.length === 0;
        fillList(part(item, '[data-field=steps]'), program.howToApply);
        return item;
      }),
    );

    this.#showMisses(missedPrograms(answers, this.#data.programs, today), numbers);
    this.#showPlaces(form, town, answers.region, numbers);
    this.#stampDate();
    this.#result.hidden = false;
  }

  /** The programs the answers rule out, folded away, each with a sentence per rule that fails. */
  #showMisses(misses: ProgramMiss[], numbers: Intl.NumberFormat): void {
    const details = part<HTMLDetailsElement>(this, '[data-result-misses]');
    details.hidden = misses.length === 0;
    part(details, '[data-miss-count]').textContent = format(this.dataset['notFitTemplate'] ?? '', {
      count: numbers.format(misses.length),
    });
    const words = notFitWords(
      this.#data.notFitPhrases,
      locales[this.#locale].intl,
      (id) => this.#data.regions.find((r) => r.id === id)?.name ?? id,
    );
    const template = part<HTMLTemplateElement>(this, 'template[data-miss-template]');
    part(details, '[data-miss-list]').replaceChildren(
      ...misses.map((miss) => {
        const program = this.#data.programs.find((p) => p.id === miss.id);
        const item = fromTemplate(template);
        item.dataset['miss'] = miss.id;
        const title = part<HTMLAnchorElement>(item, '[data-field=title]');
        title.href = program?.url ?? '';
        title.textContent = program?.title ?? miss.id;
        fillList(part(item, '[data-field=why-not]'), miss.notFits.map((n) => notFitText(n, words)));
        return item;
      }),
    );
  }

  /** "Your answers": each question with the answer's own label from the form. */
  #describeAnswers(form: CheckForm, today: Date): void {
    const skipped = this.dataset['skipped'] ?? '';
    const labelOf = (selector: string) =>
      this.#form.querySelector<HTMLInputElement>(selector)?.closest('label')?.textContent?.trim() ?? '';
    const optionText = (name: string, value: string | undefined) =>
      value ? (this.#form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.selectedOptions[0]?.text ?? '') : '';

    let returned = '';
    if (form.year !== undefined && form.month !== undefined && form.route !== 'not-yet') {
      // The month's name as the form shows it (written at build time), so it is
      // in the page's language even where the browser lacks Georgian locale data.
      returned = returnDateOf(form.year, form.month, today)
        ? `${optionText(checkParams.month, String(form.month))} ${form.year}`
        : (this.dataset['futureNote'] ?? '');
    }
    const where = [optionText(checkParams.region, form.region), form.town ?? ''].filter(Boolean).join(', ');
    const rows: Array<[string, string]> = [
      ['returned', returned],
      ['stay', form.stay ? labelOf(`input[name="${checkParams.stay}"][value="${form.stay}"]`) : ''],
      ['route', form.route ? labelOf(`input[name="${checkParams.route}"][value="${form.route}"]`) : ''],
      ['where', where],
      ['needs', form.needs.map((n) => labelOf(`input[name="${checkParams.need}"][value="${n}"]`)).join(', ')],
    ];
    part(this, '[data-answers]').replaceChildren(
      ...rows.flatMap(([question, answer]) => {
        const dt = document.createElement('dt');
        dt.className = 'font-bold';
        dt.textContent = this.#form.querySelector(`[data-question="${question}"] legend`)?.textContent?.trim() ?? '';
        const dd = document.createElement('dd');
        dd.textContent = answer || skipped;
        dd.dataset['answer'] = question;
        return [dt, dd];
      }),
    );
  }

  /** "Where to ask": the nearest open places, from the town or the region. */
  #showPlaces(form: CheckForm, town: Town | undefined, regionId: string | undefined, numbers: Intl.NumberFormat): void {
    const region = this.#data.regions.find((r) => r.id === regionId);
    const where: VisitorWhere = town
      ? { kind: 'town', point: town }
      : region
        ? { kind: 'region', regionId: region.id, point: region.centre }
        : { kind: 'unknown' };
    const suggestions = placesToAsk(where, this.#data.places, placeCount);
    const notFound = part<HTMLElement>(this, '[data-town-not-found]');
    notFound.hidden = !(form.town && !town);
    notFound.textContent = form.town ? format(this.dataset['townNotFoundTemplate'] ?? '', { town: form.town }) : '';
    part<HTMLElement>(this, '[data-place-unknown]').hidden = suggestions.length > 0;
    const template = part<HTMLTemplateElement>(this, 'template[data-place-template]');
    part(this, '[data-place-list]').replaceChildren(
      ...suggestions.map(({ place, km }) => this.#placeItem(template, place, km, numbers)),
    );
  }

  #placeItem(template: HTMLTemplateElement, place: CheckPlace, km: number | undefined, numbers: Intl.NumberFormat): HTMLElement {
    const item = fromTemplate(template);
    item.dataset['place'] = place.id;
    const name = part<HTMLAnchorElement>(item, '[data-field=name]');
    name.href = place.url;
    name.textContent = place.name;
    const distance = km === undefined ? '' : format(this.dataset['kmTemplate'] ?? '', { km: numbers.format(Math.max(1, km)) });
    part(item, '[data-field=details]').textContent = ` — ${[place.type, place.town, distance].filter(Boolean).join(', ')}`;
    const note = part<HTMLElement>(item, '[data-field=note]');
    note.textContent = place.note;
    note.dataset['confirmed'] = place.stale ? 'stale' : 'fresh';
    note.classList.toggle('text-warn', place.stale);
    const contacts = part(item, '[data-field=contacts]');
    if (place.contact) {
      const link = document.createElement('a');
      link.href = place.contact.href;
      link.textContent = place.contact.text;
      contacts.replaceChildren(link, place.contact.whose ? ` (${place.contact.whose})` : '', place.contact.note ? ` — ${place.contact.note}` : '');
    }
    return item;
  }
}

customElements.define('check-tool', CheckTool);
