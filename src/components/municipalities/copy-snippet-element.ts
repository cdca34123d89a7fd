/**
 * `<copy-snippet>`: adds a "Copy" button to the code block inside it. Without
 * JavaScript the block is plain selectable text; the button exists only when
 * this script runs. If the clipboard is unavailable, the code is selected so
 * the visitor can copy it by hand, and told so.
 *
 * The code's addresses were written with the build's SITE_URL (`data-site-url`);
 * they are rewritten to the origin this page is served from, on screen and in
 * what is copied, so a snippet taken from a preview or staging copy of the
 * portal embeds that copy.
 *
 * Attributes: `data-site-url`, `data-copy-text`, `data-copied-text`, `data-failed-text`.
 */
class CopySnippet extends HTMLElement {
  connectedCallback() {
    const code = this.querySelector('code');
    if (!code || this.querySelector('button')) return;
    const built = this.dataset['siteUrl'];
    if (built && built !== location.origin) {
      code.textContent = (code.textContent ?? '').split(`${built}/`).join(`${location.origin}/`);
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className =
      'bg-brand text-paper hover:bg-brand-dark mt-2 min-h-11 rounded px-4 py-2 font-bold';
    button.textContent = this.dataset['copyText'] ?? '';
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'ms-3 text-sm';
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        status.textContent = this.dataset['copiedText'] ?? '';
      } catch {
        const range = document.createRange();
        range.selectNodeContents(code);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        status.textContent = this.dataset['failedText'] ?? '';
      }
    });
    this.append(button, status);
  }
}

customElements.define('copy-snippet', CopySnippet);
