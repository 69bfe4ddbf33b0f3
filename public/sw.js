// stakemap's service worker: keeps the app's pages and files so that a tablet can reload the
// page while the Wi-Fi is down; the edits themselves wait in local storage. Network first, so
// a new version is used whenever the server answers. Browsers run service workers only on
// https or localhost.
//
// The app comes in pieces (a split build): the group page's grid and graph load when first
// opened. They are kept ahead of time, so that a tablet that never opened its grid still has
// it offline, and kept again whenever the app's main module changes: pieces of an older build
// cannot run with a newer main module.
const CACHE = "stakemap-v3";
const PAGES = ["/group", "/favicon.ico"];
// The server names the files the group page needs (`/offline.json`): with cargo-leptos'
// hashed names (`scripts/serve.sh`) only it knows them.
const FILES = "/offline.json";
// The main module, plain (`stakemap.wasm`) or hashed (`stakemap.<hash>.wasm`).
const MAIN = /^\/pkg\/stakemap(\.[\w-]+)?\.wasm$/;

// The files of the running build (main module, script, style, and the group page's pieces
// with their loader and manifest) fetched and kept, but for `fetched` (a path just kept);
// files of older builds dropped. Failing (offline) leaves the cache as it was.
async function keepFiles(cache, fetched) {
  try {
    const response = await fetch(FILES, { cache: "no-cache" });
    if (!response.ok) {
      return;
    }
    const { files } = await response.json();
    await cache.addAll(files.filter((file) => file !== fetched));
    const wanted = new Set(files.map((file) => new URL(file, self.location.origin).pathname));
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (path.startsWith("/pkg/") && !wanted.has(path)) {
        await cache.delete(request);
      }
    }
  } catch (offline) {
    // Kept next time the main module is fetched.
  }
}

// What tells one build of a file from another under the same name: the embedded site's ETag,
// a folder's modification time and length. A hashed name is its own version.
function version(response) {
  const h = response.headers;
  return h.get("etag") || `${h.get("last-modified")} ${h.get("content-length")}`;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PAGES).then(() => keepFiles(cache)))
      .then(() => self.skipWaiting()),
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
          if (MAIN.test(url.pathname)) {
            const before = await cache.match(request, { ignoreSearch: true });
            if (!before || version(before) !== version(response)) {
              event.waitUntil(cache.put(request, response.clone()).then(() => keepFiles(cache, url.pathname)));
              return response;
            }
          }
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
