import { format } from '../../i18n/ui';
import { countOptions, filterPrograms, parseFilters, serialiseFilters, type FilterableProgram, type ProgramFilters } from '../../lib/programs/filters';
import type { ProgramCategory } from '../../lib/content/vocabulary';
import { replaceAddress } from '../../lib/url-state/address';
import { formQuery, withQuery } from '../../lib/url-state/query';

/** Shows the filters, applies the ones in the address, and keeps list, counts and address in step. */
class ProgramFiltersElement extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form[data-filters]');
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    const empty = this.querySelector<HTMLElement>('[data-filter-empty]');
    const select = form?.querySelector<HTMLSelectElement>('select[name=region]');
    if (!form || !status || !empty || !select) return;
    const numbers = new Intl.NumberFormat(this.dataset['intl']);
    const countText = (count: number) => format(this.dataset['countTemplate'] ?? '', { count: numbers.format(count) });
    const regionIds = [...select.options].map((o) => o.value).filter((v) => v !== '');
    const items = [...this.querySelectorAll<HTMLElement>('[data-program]')];
    const programs = new Map<string, FilterableProgram>();
    for (const item of items) {
      const id = item.dataset['program'] ?? '';
      const regions = item.dataset['regions'] ?? 'all';
      programs.set(id, {
        id,
        categories: (item.dataset['categories'] ?? '').split(' ') as ProgramCategory[],
        regions: regions === 'all' ? 'all' : regions.split(' '),
      });
    }
    const all = [...programs.values()];

    const read = (): ProgramFilters => parseFilters(formQuery(new FormData(form)), regionIds);
    const write = (filters: ProgramFilters) => {
      for (const box of form.querySelectorAll<HTMLInputElement>('input[name=category]')) {
        box.checked = filters.categories.includes(box.value as ProgramCategory);
      }
      select.value = filters.regions[0] ?? '';
    };
    const apply = (filters: ProgramFilters) => {
      const shown = new Set(filterPrograms(all, filters).map((p) => p.id));
      for (const item of items) item.hidden = !shown.has(item.dataset['program'] ?? '');
      const counts = countOptions(all, filters, regionIds);
      for (const [category, count] of Object.entries(counts.categories)) {
        const label = this.querySelector(`[data-count-for="category:${category}"]`);
        if (label) label.textContent = countText(count);
      }
      for (const option of select.options) {
        const count = option.value === '' ? filterPrograms(all, { ...filters, regions: [] }).length : counts.regions[option.value];
        option.textContent = `${option.dataset['name'] ?? ''} ${countText(count ?? 0)}`;
      }
      status.textContent = format(this.dataset['statusTemplate'] ?? '', {
        shown: numbers.format(counts.total),
        total: numbers.format(all.length),
      });
      empty.hidden = counts.total > 0;
      const query = serialiseFilters(filters, regionIds);
      replaceAddress(window, (href) => withQuery(href, query));
    };

    write(parseFilters(location.search, regionIds));
    form.hidden = false;
    apply(read());
    form.addEventListener('change', () => apply(read()));
    // Filters apply as they change; the submit button (for keyboard users who expect one) applies them in place.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      apply(read());
    });
    // A reset clears the controls after this event; apply once it has.
    form.addEventListener('reset', () => setTimeout(() => apply(read())));
  }
}
customElements.define('program-filters', ProgramFiltersElement);
