//! `GET /locales/<code>.ftl`: a language's words for the browser, whose WASM carries none
//! (`app::i18n`); the UI fetches them before it hydrates a page in that language (the page's
//! `<head>` preloads them) or switches to it, and the service worker keeps them. Compressed
//! once by `build.rs` like the embedded site; the name is plain, so browsers revalidate: an
//! ETag of the text, 304 while it holds.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::OnceLock;

use app::domain::Language;
use app::i18n::SOURCES;
use axum::extract::Path;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};

use super::SiteFile;

macro_rules! compressed {
    ($($code:literal),*) => {
        [$((
            $code,
            include_bytes!(concat!(env!("OUT_DIR"), "/locales/", $code, ".ftl.br")).as_slice(),
            include_bytes!(concat!(env!("OUT_DIR"), "/locales/", $code, ".ftl.gz")).as_slice(),
        )),*]
    };
}

/// Each language's words compressed by `build.rs`: (code, brotli, gzip).
const COMPRESSED: [(&str, &[u8], &[u8]); 3] = compressed!("ru", "ky", "en");

/// Each language's file, made once (its ETag needs the text hashed).
fn files() -> &'static [SiteFile] {
    static FILES: OnceLock<Vec<SiteFile>> = OnceLock::new();
    FILES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(lang, source)| {
                let mut hasher = DefaultHasher::new();
                source.hash(&mut hasher);
                let etag = format!("\"{}-{:016x}\"", lang.code(), hasher.finish());
                let compressed = COMPRESSED.iter().find(|(code, _, _)| *code == lang.code());
                SiteFile {
                    path: lang.code(),
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
    let lang = file.strip_suffix(".ftl").and_then(Language::from_code);
    match lang.and_then(|lang| files().iter().find(|f| f.path == lang.code())) {
        Some(file) => super::files::respond(file, &headers, &method),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
