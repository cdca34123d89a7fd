/**
 * `<share-page>`: un-hides the buttons its markup holds when the browser can do what they
 * do. Copy link (`[data-share-copy]`) needs the asynchronous clipboard, Share
 * (`[data-share-native]`) the Web Share API; without them, or without JavaScript, the
 * visitor still has the selectable address and the SMS link. The copy result is announced
 * in `[data-share-status]` (a polite live region).
 *
 * Attributes: `data-url`, `data-title`, `data-copied-text`, `data-failed-text`.
 */
class SharePage extends HTMLElement {
  connectedCallback() {
    const { url = '', title = '', copiedText = '', failedText = '' } = this.dataset;
    const status = this.querySelector('[data-share-status]');
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    const copy = this.querySelector<HTMLButtonElement>('[data-share-copy]');
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.onclick = () => {
        say('');
        navigator.clipboard.writeText(url).then(
          () => say(copiedText),
          () => {
            // Select the address, so copying it by hand is one keystroke or tap away.
            const link = this.querySelector('[data-share-url]');
            if (link) getSelection()?.selectAllChildren(link);
            say(failedText);
          },
        );
      };
    }
    const share = this.querySelector<HTMLButtonElement>('[data-share-native]');
    if (share && typeof navigator.share === 'function') {
      share.hidden = false;
      // Closing the share sheet rejects the promise: nothing to tell the visitor.
      share.onclick = () => navigator.share({ title, url }).catch(() => {});
    }
  }
}

customElements.define('share-page', SharePage);
