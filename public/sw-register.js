// Registers the offline service worker (sw.js, written by the build with Workbox).
// It stores only the site's own public files, never anything about the visitor.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // No service worker (e.g. `astro dev`): the site simply works online only.
    });
  });
}
