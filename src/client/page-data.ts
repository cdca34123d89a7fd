/**
 * Reading what a page hands to its scripts: JSON in `data-*` attributes or in a
 * `<script type="application/json">` block, never strings written in a script.
 */

/** Parses a JSON `data-*` attribute of an element; throws with the attribute name when it is missing. */
export function dataJson<T>(element: HTMLElement, name: string): T {
  const raw = element.dataset[name];
  if (raw === undefined) throw new Error(`<${element.localName}> is missing data-${name}`);
  return JSON.parse(raw) as T;
}

/** Parses the `<script type="application/json" id=…>` block. */
export function blockJson<T>(id: string): T {
  const raw = document.getElementById(id)?.textContent;
  if (!raw) throw new Error(`JSON block #${id} is missing`);
  return JSON.parse(raw) as T;
}

/** Creates an element with classes and text (text via textContent: content is never parsed as HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (options.className) el.className = options.className;
  if (options.text !== undefined) el.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  el.append(...children);
  return el;
}
