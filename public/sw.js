// stakemap's service worker: keeps the app's pages and files so that a tablet can reload the
// page while the Wi-Fi is down; the edits themselves wait in local storage. Network first, so
// a new version is used whenever the server answers. Browsers run service workers only on
// https or localhost.
const CACHE = "stakemap-v1";
const SHELL = ["/group", "/pkg/stakemap.js", "/pkg/stakemap.wasm", "/pkg/stakemap.css", "/favicon.ico"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.startsWith("/api/")) {
    return;
  }
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        const response = await fetch(request);
        if (response.ok) {
          cache.put(request, response.clone());
        }
        return response;
      } catch (offline) {
        const kept = await cache.match(request, { ignoreSearch: true });
        if (kept) {
          return kept;
        }
        throw offline;
      }
    })(),
  );
});
