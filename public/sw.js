// stakemap's service worker: keeps the app's pages and files so that a tablet can reload the
// page while the Wi-Fi is down; the edits themselves wait in local storage. Network first, so
// a new version is used whenever the server answers. Browsers run service workers only on
// https or localhost.
//
// The app comes in pieces (a split build): the group page's grid and graph load when first
// opened. They are kept ahead of time, so that a tablet that never opened its grid still has
// it offline, and kept again whenever the app's main module changes: pieces of an older build
// cannot run with a newer main module.
const CACHE = "stakemap-v2";
const SHELL = ["/group", "/pkg/stakemap.js", "/pkg/stakemap.wasm", "/pkg/stakemap.css", "/favicon.ico"];
const MAIN = "/pkg/stakemap.wasm";
const MANIFEST = "/pkg/__wasm_split_manifest.json";
const LOADER = "/pkg/__wasm_split.______________________.js";
// The lazy functions whose pieces the group page needs offline (`#[lazy] fn picture_tab`).
const OFFLINE_PIECES = ["picture_tab"];

// The pieces of OFFLINE_PIECES, with the loader and the manifest, fetched and kept. Failing
// (offline, an unsplit build) leaves the cache as it was.
async function keepPieces(cache) {
  try {
    const response = await fetch(MANIFEST, { cache: "no-cache" });
    if (!response.ok) {
      return;
    }
    const manifest = await response.clone().json();
    const chunks = new Set();
    for (const [name, pieces] of Object.entries(manifest)) {
      if (OFFLINE_PIECES.some((wanted) => name.includes(wanted))) {
        pieces.forEach((piece) => chunks.add(`/pkg/${piece}.wasm`));
      }
    }
    await cache.addAll([LOADER, ...chunks]);
    await cache.put(MANIFEST, response);
  } catch (offline) {
    // Kept next time the main module is fetched.
  }
}

// What tells one build of a file from another: the embedded site's ETag, a folder's
// modification time and length.
function version(response) {
  const h = response.headers;
  return h.get("etag") || `${h.get("last-modified")} ${h.get("content-length")}`;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL).then(() => keepPieces(cache)))
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
          if (url.pathname === MAIN) {
            const before = await cache.match(MAIN);
            if (!before || version(before) !== version(response)) {
              event.waitUntil(cache.put(request, response.clone()).then(() => keepPieces(cache)));
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
