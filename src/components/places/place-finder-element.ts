import gazetteer from '../../data/gazetteer.json';
import type { Locale } from '../../i18n/locales';
import { format } from '../../i18n/ui';
import { formatKm } from '../../lib/format/distance';
import type { LatLon } from '../../lib/geo/distance';
import { googleDirectionsUrl, osmDirectionsUrl } from '../../lib/places/directions';
import { readFrom, withFrom } from '../../lib/places/finder-url';
import { type Town, findTownById, matchTown } from '../../lib/places/gazetteer';
import type { MapPlace } from '../../lib/places/map-places';
import { nearestOpen } from '../../lib/places/nearest-open';
import { replaceAddress } from '../../lib/url-state/address';
import { scriptRuns } from '../../lib/georgian/script-runs';
import { locales } from '../../i18n/locales';
import { dataJson, element, blockJson } from '../../client/page-data';
import { TownCombobox } from './town-combobox';

const towns = gazetteer as readonly Town[];

/** Strings and settings the page renders into `data-strings`. */
interface FinderStrings {
  locale: Locale;
  lead: string;
  useLocation: string;
  locating: string;
  denied: string;
  unavailable: string;
  timeout: string;
  unsupported: string;
  townLabel: string;
  townHint: string;
  show: string;
  /** "{count} suggestions", per plural form (Intl.PluralRules: `one`, anything else `other`). */
  suggestions: { one: string; other: string };
  noTown: string;
  resultsFromTown: string;
  resultsFromHere: string;
  distance: string;
  approximate: string;
  directionsOsm: string;
  directionsGoogle: string;
  noOpen: string;
  statusOpen: string;
  call: string;
  website: string;
  types: Record<string, string>;
}

/** Text with its Georgian words marked `lang="ka"` on a page in another language (WCAG 3.1.2). */
function markedText(text: string, locale: Locale): Node[] {
  if (locale === 'ka') return [document.createTextNode(text)];
  return scriptRuns(text).map((run) => (run.georgian ? element('span', { text: run.text, attrs: { lang: locales.ka.bcp47 } }) : document.createTextNode(run.text)));
}

const button = 'bg-brand text-paper hover:bg-brand-dark inline-flex min-h-11 items-center rounded px-4 py-2 font-bold';

/**
 * `<place-finder data-strings=…>`: "Use my location" and "Choose your town",
 * created here; both compute the 3 nearest open places on the device. The chosen
 * town goes into the address (`?from=<town id>`); a device position never does.
 */
class PlaceFinder extends HTMLElement {
  private strings!: FinderStrings;
  private places: MapPlace[] = [];
  private status!: HTMLParagraphElement;
  private results!: HTMLDivElement;
  private combobox!: TownCombobox;

  connectedCallback(): void {
    if (this.querySelector('[data-finder-controls]')) return;
    this.strings = dataJson<FinderStrings>(this, 'strings');
    this.places = blockJson<MapPlace[]>('places-data');
    const s = this.strings;
    const otherLocale = s.locale === 'ka' ? 'en' : 'ka';

    this.status = element('p', { className: 'mt-3 min-h-[1.7em]', attrs: { role: 'status', id: 'finder-status' } });
    const plurals = new Intl.PluralRules(locales[s.locale].intl);
    this.results = element('div', { className: 'mt-4', attrs: { 'data-finder-results': '' } });
    this.combobox = new TownCombobox(
      towns,
      (t) => t[s.locale],
      (t) => t[otherLocale],
      (text) => this.say(text),
      (count) => format(plurals.select(count) === 'one' ? s.suggestions.one : s.suggestions.other, { count }),
      'finder-town',
      locales[otherLocale].bcp47,
    );
    const hintId = 'finder-town-hint';
    const labelId = 'finder-town-label';
    this.combobox.input.setAttribute('aria-describedby', hintId);
    this.combobox.listbox.setAttribute('aria-labelledby', labelId);
    this.combobox.input.addEventListener('input', () => this.markNoTown(false));
    this.combobox.onChoose = (town) => this.showFromTown(town, true);

    const locate = element('button', { className: button, text: s.useLocation, attrs: { type: 'button', 'data-use-location': '' } });
    locate.addEventListener('click', () => this.locate());

    const form = element('form', { className: 'mt-4', attrs: { 'data-choose-town': '' } }, [
      element('label', { className: 'block font-bold', text: s.townLabel, attrs: { for: this.combobox.input.id, id: labelId } }),
      element('p', { className: 'text-muted text-sm', attrs: { id: hintId } }, markedText(s.townHint, s.locale)),
      element('div', { className: 'mt-1 flex flex-wrap items-start gap-2' }, [
        element('div', { className: 'relative min-w-0 flex-1 basis-60' }, [this.combobox.input, this.combobox.listbox]),
        element('button', { className: button, text: s.show, attrs: { type: 'submit' } }),
      ]),
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const query = this.combobox.input.value.trim();
      if (!query) return;
      const town = this.combobox.chosen ?? matchTown(query, towns)[0];
      if (!town) {
        this.results.replaceChildren();
        this.say(format(s.noTown, { query }));
        this.markNoTown(true);
        return;
      }
      this.combobox.show(town);
      this.showFromTown(town, true);
    });

    this.querySelector('[data-finder-no-script]')?.remove();
    this.append(
      element('div', { attrs: { 'data-finder-controls': '' } }, [
        element('p', { className: 'mt-2 max-w-3xl', text: s.lead }),
        element('p', { className: 'mt-3' }, [locate]),
        form,
        this.status,
      ]),
      this.results,
    );

    const fromId = readFrom(location.search);
    const town = fromId ? findTownById(fromId, towns) : undefined;
    if (town) {
      this.combobox.show(town);
      this.showFromTown(town, false);
    }
  }

  private say(text: string): void {
    this.status.textContent = text;
  }

  /** "Town not found" describes the field (and marks it invalid) until the visitor types again. */
  private markNoTown(notFound: boolean): void {
    const input = this.combobox.input;
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== this.status.id);
    input.setAttribute('aria-describedby', [...ids, ...(notFound ? [this.status.id] : [])].join(' '));
    if (notFound) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  private locate(): void {
    const s = this.strings;
    if (!('geolocation' in navigator)) {
      this.say(s.unsupported);
      return;
    }
    this.say(s.locating);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.setTownInUrl(undefined);
        this.render({ lat: position.coords.latitude, lon: position.coords.longitude }, s.resultsFromHere, true);
      },
      (error) => {
        if (error.code === error.PERMISSION_DENIED) this.say(s.denied);
        else if (error.code === error.TIMEOUT) this.say(s.timeout);
        else this.say(s.unavailable);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  }

  private showFromTown(town: Town, moveFocus: boolean): void {
    this.markNoTown(false);
    this.setTownInUrl(town.id);
    this.render(town, format(this.strings.resultsFromTown, { town: town[this.strings.locale] }), moveFocus);
  }

  /** Keeps `?from=` in the address and in the language switch, so both can be shared. */
  private setTownInUrl(id: string | undefined): void {
    replaceAddress(window, (href) => withFrom(href, id));
  }

  /** "Call +995 …" (or the website), with whose number it is when it is not the place's own. */
  private contactLine(contact: NonNullable<MapPlace['contact']>): HTMLParagraphElement {
    const s = this.strings;
    const isPhone = contact.href.startsWith('tel:');
    return element('p', { className: 'mt-1', attrs: { 'data-finder-contact': '' } }, [
      document.createTextNode(`${isPhone ? s.call : s.website}: `),
      element('a', { className: isPhone ? 'font-bold' : '', text: contact.text, attrs: { href: contact.href } }),
      ...(contact.whose ? [document.createTextNode(` (${contact.whose})`)] : []),
      ...(contact.note ? [element('span', { className: 'text-muted block text-sm', text: contact.note })] : []),
    ]);
  }

  private render(from: LatLon, title: string, moveFocus: boolean): void {
    const s = this.strings;
    const found = nearestOpen(from, this.places);
    const heading = element('h3', { className: 'text-lg font-bold', text: title, attrs: { tabindex: '-1' } });
    const list = element('ol', { className: 'mt-3 grid gap-3', attrs: { 'data-nearest': '' } },
      found.map(({ item, km: distance }) => {
        return element('li', { className: 'border-rule rounded border p-4', attrs: { 'data-nearest-place': item.id } }, [
          element('p', { className: 'font-bold' }, [element('a', { text: item.name, attrs: { href: item.href } })]),
          element('p', { className: 'text-sm', text: `${s.types[item.type] ?? item.type} · ${item.town}` }),
          element('p', {
            className: item.stale ? 'text-warn text-sm font-bold' : 'text-muted text-sm',
            text: `${s.statusOpen} · ${item.note}`,
            attrs: { 'data-confirmed': item.stale ? 'stale' : 'fresh' },
          }),
          ...(item.contact ? [this.contactLine(item.contact)] : []),
          element('p', { text: format(s.distance, { distance: formatKm(distance, s.locale) }) }),
          ...(item.precision === 'town-centre' ? [element('p', { className: 'text-muted text-sm', text: s.approximate })] : []),
          // Each link at least 24 px high with space between (WCAG 2.5.8): they stack on a phone.
          element('p', { className: 'mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm [&>a]:inline-flex [&>a]:min-h-6 [&>a]:items-center' }, [
            element('a', { text: s.directionsOsm, attrs: { href: osmDirectionsUrl(item), rel: 'noopener', 'aria-label': `${s.directionsOsm}: ${item.name}` } }),
            element('a', { text: s.directionsGoogle, attrs: { href: googleDirectionsUrl(item), rel: 'noopener', 'aria-label': `${s.directionsGoogle}: ${item.name}` } }),
          ]),
        ]);
      }),
    );
    this.results.replaceChildren(heading, found.length > 0 ? list : element('p', { text: s.noOpen }));
    // Focus on the title reads it; saying it in the status as well would read it twice.
    this.say(moveFocus ? '' : title);
    if (moveFocus) heading.focus();
  }
}

customElements.define('place-finder', PlaceFinder);
