import { type Town, matchTown } from '../../lib/places/gazetteer';
import { element } from '../../client/page-data';

/** How many suggestions the list shows at most. */
const MAX_SUGGESTIONS = 8;

/**
 * An ARIA 1.2 combobox with a list of suggested towns (WAI-ARIA APG "list
 * autocomplete"): type Georgian or Latin letters in any romanisation, move with
 * the arrow keys, Enter, a tap or a click chooses, Escape closes. A screen reader
 * hears how many suggestions there are through a status message. The list opens
 * in the flow under the input, pushing what follows down, so it never covers the
 * form's button on a narrow screen.
 */
export class TownCombobox {
  readonly input: HTMLInputElement;
  readonly listbox: HTMLUListElement;
  private suggestions: Town[] = [];
  private active = -1;
  /** The town last chosen from the list, while the input still shows its name. */
  chosen: Town | undefined;

  constructor(
    private readonly towns: readonly Town[],
    private readonly nameOf: (town: Town) => string,
    private readonly otherNameOf: (town: Town) => string,
    private readonly announce: (text: string) => void,
    private readonly suggestionsText: (count: number) => string,
    idPrefix: string,
    /** The BCP 47 code of the other names' language, shown after each suggestion. */
    private readonly otherLang: string,
  ) {
    this.input = element('input', {
      className: 'border-ink min-h-11 w-full rounded border px-3 py-2',
      attrs: {
        id: `${idPrefix}-input`,
        type: 'text',
        role: 'combobox',
        autocomplete: 'off',
        autocapitalize: 'words',
        spellcheck: 'false',
        'aria-autocomplete': 'list',
        'aria-expanded': 'false',
        'aria-controls': `${idPrefix}-listbox`,
      },
    });
    this.listbox = element('ul', {
      className: 'border-rule bg-paper mt-1 max-h-72 overflow-auto rounded border shadow-lg',
      attrs: { id: `${idPrefix}-listbox`, role: 'listbox' },
    });
    this.listbox.hidden = true;
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    this.listbox.addEventListener('mousedown', (event) => event.preventDefault());
    this.listbox.addEventListener('click', (event) => {
      const option = (event.target as HTMLElement).closest<HTMLElement>('[role=option]');
      if (option) this.choose(Number(option.dataset['index']));
    });
  }

  /** Called with the chosen town when a suggestion is picked. */
  onChoose: (town: Town) => void = () => {};

  /** Shows a town's name in the input as if it had been chosen. */
  show(town: Town): void {
    this.chosen = town;
    this.input.value = this.nameOf(town);
  }

  private update(): void {
    this.chosen = undefined;
    this.suggestions = matchTown(this.input.value, this.towns).slice(0, MAX_SUGGESTIONS);
    this.active = -1;
    this.listbox.replaceChildren(
      ...this.suggestions.map((town, index) =>
        element('li', {
          // Forced colours drop the fill: the system's highlight colours keep the chosen one visible.
          className:
            'aria-selected:bg-brand aria-selected:text-paper hover:bg-brand-tint forced-colors:aria-selected:bg-[Highlight] forced-colors:aria-selected:text-[HighlightText] cursor-pointer px-3 py-2',
          attrs: { id: `${this.listbox.id}-${index}`, role: 'option', 'aria-selected': 'false', 'data-index': String(index) },
        }, [
          document.createTextNode(this.nameOf(town)),
          element('span', { className: 'text-sm opacity-80' }, [
            document.createTextNode(' ('),
            element('span', { text: this.otherNameOf(town), attrs: { lang: this.otherLang } }),
            document.createTextNode(')'),
          ]),
        ]),
      ),
    );
    const open = this.suggestions.length > 0;
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    this.input.removeAttribute('aria-activedescendant');
    if (this.input.value.trim()) this.announce(this.suggestionsText(this.suggestions.length));
  }

  private onKey(event: KeyboardEvent): void {
    const open = !this.listbox.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) this.update();
      if (this.suggestions.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.setActive((this.active + step + this.suggestions.length) % this.suggestions.length);
    } else if (event.key === 'Enter' && open && this.active >= 0) {
      event.preventDefault();
      this.choose(this.active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      this.close();
    }
  }

  private setActive(index: number): void {
    this.active = index;
    for (const option of this.listbox.children) {
      option.setAttribute('aria-selected', String(option.id === `${this.listbox.id}-${index}`));
    }
    const option = document.getElementById(`${this.listbox.id}-${index}`);
    if (option) {
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    }
  }

  private choose(index: number): void {
    const town = this.suggestions[index];
    if (!town) return;
    this.show(town);
    this.close();
    this.onChoose(town);
  }

  private close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }
}
