// Returnee Portal: optional helper for pages that embed the portal's map or place cards.
// Add it after the <iframe> snippets (the snippets on /ka/for-municipalities/ include it):
//   <script src="https://<portal address>/embed-resize.js" async></script>
// Each embed tells its frame's page how tall its content is; this sets the frame's height to
// match, so the embed never scrolls inside its frame and leaves no space below it. Without it,
// the frame keeps the fixed height of the snippet, which fits the content on phones and wider.
// It reads nothing from your page but the frames' addresses, sends nothing anywhere, and
// accepts only messages that come from the portal (the origin this file is loaded from) and
// from one of your page's portal frames. External file, no eval, no inline style: works under
// a strict Content-Security-Policy that allows this script's origin.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var portal = new URL(script.src).origin;
  var HEIGHT = 'returnee-portal:embed-height';
  var REQUEST = 'returnee-portal:embed-height-request';
  // Loaded twice (two snippets on one page): the first copy does the work.
  var key = '__returneePortalEmbedResize:' + portal;
  if (window[key]) return;
  window[key] = true;

  function portalFrames() {
    return Array.prototype.filter.call(document.getElementsByTagName('iframe'), function (frame) {
      try {
        return new URL(frame.src, location.href).origin === portal;
      } catch (error) {
        return false;
      }
    });
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== portal || !data || data.type !== HEIGHT) return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var frame = portalFrames().filter(function (f) {
      return f.contentWindow === event.source;
    })[0];
    // A few pixels short of a box can still scroll; never taller than a very long page.
    if (frame) frame.style.height = Math.min(Math.ceil(height), 20000) + 'px';
  });

  // Embeds that loaded before this script ran have already told their height: ask again.
  // The question says nothing, so it may go to whatever document a frame holds right now.
  portalFrames().forEach(function (frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: REQUEST }, '*');
  });
})();
