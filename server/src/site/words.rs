//! `GET /locales/<code>.ftl`: a language's words for the browser, whose WASM carries none
//! (`app::i18n`); the UI fetches them before it hydrates a page in that language (the page's
//! `<head>` preloads them) or switches to it, and the service worker keeps them. The name is plain,
//! so browsers revalidate: an ETag of the text, 304 while it holds (compressed on the way out
//! by the pages' compression layer).

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::OnceLock;

use app::domain::Language;
use app::i18n::SOURCES;
use axum::extract::Path;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};

use super::SiteFile;

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
                SiteFile {
                    path: lang.code(),
                    content_type: "text/plain; charset=utf-8",
                    etag: Box::leak(etag.into_boxed_str()),
                    plain: source.as_bytes(),
                    br: None,
                    gzip: None,
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
