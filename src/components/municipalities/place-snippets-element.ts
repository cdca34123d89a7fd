/**
 * `<place-snippets>`: turns the list of per-place panels (`<details data-place-panel>`) into
 * "choose a place, get its snippet": a labelled select before the list, and only the chosen
 * place's panel shown, open. The first choice is the place named in the address's fragment
 * (`#place-<id>`), else the panel that was open. Without this script the list stays as it is.
 *
 * Attribute: `data-label`, the select's label.
 */
class PlaceSnippets extends HTMLElement {
  connectedCallback() {
    if (this.querySelector('select')) return;
    const panels = [...this.querySelectorAll<HTMLDetailsElement>('details[data-place-panel]')];
    if (panels.length === 0) return;
    const label = document.createElement('label');
    label.className = 'block font-bold';
    label.htmlFor = 'place-snippets-choice';
    label.textContent = this.dataset['label'] ?? '';
    const select = document.createElement('select');
    select.id = 'place-snippets-choice';
    select.className = 'border-ink mt-1 mb-3 block min-h-11 w-full max-w-md rounded border bg-paper px-2';
    for (const panel of panels) {
      const option = document.createElement('option');
      option.value = panel.dataset['placePanel'] ?? '';
      option.textContent = panel.querySelector('summary')?.textContent?.replace(/\s+/g, ' ').trim() ?? option.value;
      select.append(option);
    }
    const fromAddress = panels.find((panel) => `#${panel.id}` === location.hash);
    const first = fromAddress ?? panels.find((panel) => panel.open) ?? panels[0];
    select.value = first?.dataset['placePanel'] ?? '';
    const show = () => {
      for (const panel of panels) {
        const chosen = panel.dataset['placePanel'] === select.value;
        panel.hidden = !chosen;
        if (chosen) panel.open = true;
      }
    };
    select.addEventListener('change', show);
    show();
    this.prepend(label, select);
  }
}

customElements.define('place-snippets', PlaceSnippets);
