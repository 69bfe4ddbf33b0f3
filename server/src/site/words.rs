//! `GET /locales/<code>.ftl` and `/locales/<code>-desk.ftl`: a language's words for the
//! browser, whose WASM carries none (`app::i18n`, its two parts); the UI fetches them before it
//! hydrates a page in that language (the page's `<head>` preloads them) or switches to it, and
//! the service worker keeps a tablet's. Compressed
//! once by `build.rs` like the embedded site; the name is plain, so browsers revalidate: an
//! ETag of the text, 304 while it holds.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::OnceLock;

use app::i18n::SOURCES;
use axum::extract::Path;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};

use super::SiteFile;

macro_rules! compressed {
    ($($file:literal),*) => {
        [$((
            $file,
            include_bytes!(concat!(env!("OUT_DIR"), "/locales/", $file, ".br")).as_slice(),
            include_bytes!(concat!(env!("OUT_DIR"), "/locales/", $file, ".gz")).as_slice(),
        )),*]
    };
}

/// Each file of words compressed by `build.rs`: (file name, brotli, gzip).
const COMPRESSED: [(&str, &[u8], &[u8]); 6] = compressed!(
    "ru.ftl",
    "ru-desk.ftl",
    "ky.ftl",
    "ky-desk.ftl",
    "en.ftl",
    "en-desk.ftl"
);

/// Each file of words (`ru.ftl`, `ru-desk.ftl`, …), made once (its ETag needs the text hashed).
fn files() -> &'static [SiteFile] {
    static FILES: OnceLock<Vec<SiteFile>> = OnceLock::new();
    FILES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(lang, part, source)| {
                let name = format!("{}{}", lang.code(), part.file_suffix());
                let mut hasher = DefaultHasher::new();
                source.hash(&mut hasher);
                let etag = format!("\"{name}-{:016x}\"", hasher.finish());
                let compressed = COMPRESSED.iter().find(|(file, _, _)| *file == name);
                SiteFile {
                    path: Box::leak(name.into_boxed_str()),
                    content_type: "text/plain; charset=utf-8",
                    etag: Box::leak(etag.into_boxed_str()),
                    plain: source.as_bytes(),
                    br: compressed.map(|(_, br, _)| *br),
                    gzip: compressed.map(|(_, _, gz)| *gz),
                }
            })
            .collect()
    })
}

pub async fn locale_file(Path(file): Path<String>, method: Method, headers: HeaderMap) -> Response {
    match files().iter().find(|f| f.path == file) {
        Some(file) => super::files::respond(file, &headers, &method),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
