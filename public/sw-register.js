// Registers the offline service worker (sw.js, written by the build with Workbox).
// It stores only the site's own public files, never anything about the visitor.
// Registered once the page has loaded and gone idle: storing the site for offline
// use must not compete with what the visitor opened (on the places page, the map).
if ('serviceWorker' in navigator) {
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // No service worker (e.g. `astro dev`): the site simply works online only.
    });
  };
  window.addEventListener('load', () => {
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
    else setTimeout(register, 2000);
  });
}
