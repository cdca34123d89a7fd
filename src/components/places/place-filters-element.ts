import { placeStatuses, placeTypes } from '../../lib/content/vocabulary';
import { type PlaceFilter, matchesFilter, valuesInUse } from '../../lib/places/place-filter';
import type { PlaceStatus, PlaceType } from '../../lib/content/vocabulary';
import { format } from '../../i18n/ui';
import { setFilter } from '../../client/filter-store';
import { dataJson, element } from '../../client/page-data';

interface FilterStrings {
  title: string;
  type: string;
  status: string;
  count: string;
  intl: string;
  labels: Record<string, string>;
}

/**
 * `<place-filters data-strings=… data-list="#place-list">`: type and status
 * checkboxes, created here (without JavaScript there is nothing to filter),
 * that filter the list and the map alike and announce how many places show.
 */
class PlaceFilters extends HTMLElement {
  connectedCallback(): void {
    if (this.childElementCount > 0) return;
    const strings = dataJson<FilterStrings>(this, 'strings');
    const list = document.querySelector<HTMLElement>(this.dataset['list'] ?? '#place-list');
    if (!list) return;
    const items = [...list.querySelectorAll<HTMLElement>('[data-place]')].map((el) => ({
      el,
      type: el.dataset['type'] as PlaceType,
      status: el.dataset['status'] as PlaceStatus,
    }));
    const numbers = new Intl.NumberFormat(strings.intl);
    const count = element('p', { className: 'mt-2 text-sm', attrs: { role: 'status' } });
    const group = (legend: string, name: string, values: string[]) =>
      element('fieldset', { className: 'flex flex-wrap gap-x-4 gap-y-1' }, [
        element('legend', { className: 'font-bold', text: legend }),
        ...values.map((value) => {
          const box = element('input', { className: 'size-5', attrs: { type: 'checkbox', name, value } });
          box.checked = true;
          return element('label', { className: 'inline-flex min-h-11 items-center gap-2' }, [box, document.createTextNode(strings.labels[value] ?? value)]);
        }),
      ]);
    const form = element('form', { className: 'grid gap-3 sm:grid-cols-2' }, [
      group(strings.type, 'type', valuesInUse(placeTypes, items, (i) => i.type)),
      group(strings.status, 'status', valuesInUse(placeStatuses, items, (i) => i.status)),
    ]);
    form.addEventListener('submit', (event) => event.preventDefault());
    this.append(element('h2', { className: 'text-lg font-bold', text: strings.title }), form, count);

    const apply = () => {
      const chosen = (name: string) => new Set([...form.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((i) => i.value));
      const filter: PlaceFilter = { types: chosen('type') as Set<PlaceType>, statuses: chosen('status') as Set<PlaceStatus> };
      let shown = 0;
      for (const item of items) {
        const visible = matchesFilter(item, filter);
        (item.el.closest('li') ?? item.el).hidden = !visible;
        if (visible) shown++;
      }
      for (const section of list.querySelectorAll<HTMLElement>('section')) {
        section.hidden = section.querySelector('li:not([hidden]) [data-place]') === null;
      }
      count.textContent = format(strings.count, { shown: numbers.format(shown), total: numbers.format(items.length) });
      setFilter(filter);
    };
    form.addEventListener('change', apply);
    apply();
    this.classList.add('is-enhanced');
  }
}

customElements.define('place-filters', PlaceFilters);
