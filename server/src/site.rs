//! The site's files (the WASM, its JavaScript, the CSS, the service worker, the favicon).
//! Built with feature `embed-site`, the binary carries them, compressed at build time
//! (`build.rs`): one file serves the whole app from any folder. Without it, Leptos serves them
//! from the built folder (`LEPTOS_SITE_ROOT`), as in development. Pages are rendered either
//! way; only the files differ.

use std::path::Path;

use app::ui::AppFiles;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use leptos::prelude::LeptosOptions;

mod names;
mod words;

pub use names::{SiteNames, is_hashed};
pub use words::locale_file;

/// One embedded file in its three forms.
#[derive(Debug)]
pub struct SiteFile {
    /// From the site's root, without the leading `/`: `pkg/stakemap.wasm`.
    pub path: &'static str,
    pub content_type: &'static str,
    /// Quoted, from the plain content's SHA-256.
    pub etag: &'static str,
    pub plain: &'static [u8],
    pub br: Option<&'static [u8]>,
    pub gzip: Option<&'static [u8]>,
}

/// The embedded files, sorted by path (empty without feature `embed-site`).
#[cfg(feature = "embed-site")]
pub static FILES: &[SiteFile] = include!(concat!(env!("OUT_DIR"), "/site/files.rs"));
#[cfg(not(feature = "embed-site"))]
pub static FILES: &[SiteFile] = &[];

/// Whether this binary carries its site.
pub fn embedded() -> bool {
    !FILES.is_empty()
}

/// The embedded file at `path` (from the site's root, without the leading `/`).
pub fn embedded_file(path: &str) -> Option<&'static SiteFile> {
    FILES
        .binary_search_by(|f| f.path.cmp(path))
        .ok()
        .map(|i| &FILES[i])
}

/// `router` with the embedded files answered before anything else sees the request.
pub fn serve_embedded<S: Clone + Send + Sync + 'static>(router: Router<S>) -> Router<S> {
    if embedded() {
        router.layer(axum::middleware::from_fn(files::answer))
    } else {
        router
    }
}

/// The group page's files, read once when the server starts (the site does not change under
/// a running server): what `GET /offline.json` answers, `{"files": [...]}` — what a tablet's
/// service worker keeps so that the group page, its grid and its graph reload offline
/// (`public/sw.js`), which cannot name them itself once cargo-leptos has hashed the names,
/// with the words of each language — and the main files a light page fetches ahead while a
/// tablet joins.
pub fn group_page_files(options: &LeptosOptions) -> (serde_json::Value, AppFiles) {
    let names = SiteNames::of(options);
    let pkg = options.site_pkg_dir.as_ref();
    let path = format!("{pkg}/{}", names.manifest);
    let manifest = match embedded_file(&path) {
        Some(file) => std::str::from_utf8(file.plain).ok().map(str::to_owned),
        None => std::fs::read_to_string(Path::new(options.site_root.as_ref()).join(&path)).ok(),
    };
    let ahead = AppFiles(names.ahead(pkg, manifest.is_some()).into());
    let mut files = names.offline(pkg, manifest.as_deref());
    // The words (the WASM carries none): a device may switch languages offline. The group
    // page's own, not the desk's.
    files.extend(
        app::domain::Language::ALL.map(|lang| app::i18n::words_path(lang, app::i18n::Part::Common)),
    );
    let offline = serde_json::json!({"files": files});
    (offline, ahead)
}

/// With hashed names (`hash-files`), a file under the package folder never changes under its
/// name: browsers keep it a year without asking. Pages and plain names are asked for each
/// time (`no-cache`, set further out).
pub async fn keep_hashed(
    State(options): State<LeptosOptions>,
    request: Request,
    next: Next,
) -> Response {
    let hashed = options.hash_files
        && request
            .uri()
            .path()
            .strip_prefix('/')
            .and_then(|p| p.strip_prefix(options.site_pkg_dir.as_ref()))
            .and_then(|p| p.strip_prefix('/'))
            .is_some_and(|name| !name.contains('/') && is_hashed(name));
    let mut response = next.run(request).await;
    if hashed && response.status().is_success() {
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        );
    }
    response
}

/// Leptos reads a split build's manifest from `<site root>/<pkg>/` to send, with a lazy page,
/// `<link rel="preload">` for its pieces. The embedded site has no folder: its manifest is
/// written to a temporary one (kept while the returned guard lives), which becomes the site
/// root; every file is still answered from memory first.
pub fn unpack_manifest(options: &mut LeptosOptions) -> std::io::Result<Option<tempfile::TempDir>> {
    let pkg = options.site_pkg_dir.to_string();
    let name = SiteNames::new(&options.output_name, None).manifest;
    let path = format!("{pkg}/{name}");
    let Some(file) = embedded_file(&path) else {
        return Ok(None);
    };
    let folder = tempfile::Builder::new().prefix("stakemap-site").tempdir()?;
    std::fs::create_dir_all(folder.path().join(&pkg))?;
    std::fs::write(folder.path().join(&path), file.plain)?;
    options.site_root = folder.path().to_string_lossy().as_ref().into();
    Ok(Some(folder))
}

mod files {
    use axum::body::Body;
    use axum::extract::Request;
    use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
    use axum::middleware::Next;
    use axum::response::Response;

    use super::SiteFile;

    /// Names are not hashed (the same `stakemap.wasm` after an update), so browsers ask again
    /// each time and get 304 while the ETag holds.
    const CACHE: &str = "no-cache";

    pub async fn answer(request: Request, next: Next) -> Response {
        let wanted = matches!(*request.method(), Method::GET | Method::HEAD);
        let path = request.uri().path().trim_start_matches('/');
        match super::embedded_file(path) {
            Some(file) if wanted => respond(file, request.headers(), request.method()),
            _ => next.run(request).await,
        }
    }

    pub fn respond(file: &SiteFile, headers: &HeaderMap, method: &Method) -> Response {
        let mut response = Response::new(Body::empty());
        let out = response.headers_mut();
        out.insert(header::ETAG, HeaderValue::from_static(file.etag));
        out.insert(header::CACHE_CONTROL, HeaderValue::from_static(CACHE));
        out.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        let unchanged = headers
            .get_all(header::IF_NONE_MATCH)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|tag| {
                let tag = tag.trim();
                tag == "*" || tag.trim_start_matches("W/") == file.etag
            });
        if unchanged {
            *response.status_mut() = StatusCode::NOT_MODIFIED;
            return response;
        }
        let accepts = |coding: &str| super::accepts(headers, coding);
        let (bytes, encoding) = match (file.br, file.gzip) {
            (Some(br), _) if accepts("br") => (br, Some("br")),
            (_, Some(gz)) if accepts("gzip") => (gz, Some("gzip")),
            _ => (file.plain, None),
        };
        let out = response.headers_mut();
        out.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(file.content_type),
        );
        if let Some(encoding) = encoding {
            out.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
        }
        out.insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
        if method != Method::HEAD {
            *response.body_mut() = Body::from(bytes);
        }
        response
    }
}

/// Whether `Accept-Encoding` takes `coding` (named, or `*`, with a weight above zero).
pub fn accepts(headers: &axum::http::HeaderMap, coding: &str) -> bool {
    let mut named = None;
    let mut any = None;
    let offers = headers
        .get_all(axum::http::header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','));
    for offer in offers {
        let mut parts = offer.split(';');
        let name = parts.next().unwrap_or_default().trim();
        let weight = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if name.eq_ignore_ascii_case(coding) {
            named = Some(weight > 0.0);
        } else if name == "*" {
            any = Some(weight > 0.0);
        }
    }
    named.or(any).unwrap_or(false)
}

/// Whether a WebAssembly module was built for debugging: it carries function names (the
/// `name` custom section, 15 MB of the debug site's 28) or DWARF (`.debug_*`), which
/// `cargo leptos build` leaves in and the release build (its profile, then wasm-opt) does
/// not. Anything that is not a readable module is not called a debug build.
pub fn wasm_is_debug(module: &[u8]) -> bool {
    custom_sections(module).any(|(name, _)| name == b"name" || name.starts_with(b".debug_"))
}

/// A module's custom sections, as (name, contents), in order; nothing past a malformed one.
pub fn custom_sections(module: &[u8]) -> impl Iterator<Item = (&[u8], &[u8])> {
    fn leb128(bytes: &[u8], at: &mut usize) -> Option<usize> {
        let mut value = 0usize;
        for shift in (0..35).step_by(7) {
            let byte = *bytes.get(*at)?;
            *at += 1;
            value |= usize::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }
    let mut at = if module.starts_with(b"\0asm") {
        8
    } else {
        usize::MAX
    };
    std::iter::from_fn(move || {
        while at < module.len() {
            let id = module[at];
            at += 1;
            let size = leb128(module, &mut at)?;
            let section = module.get(at..at.checked_add(size)?)?;
            at += size;
            if id == 0 {
                let mut name_at = 0;
                let len = leb128(section, &mut name_at)?;
                let name = section.get(name_at..name_at.checked_add(len)?)?;
                return Some((name, &section[name_at + len..]));
            }
        }
        None
    })
}

/// Refuses, for a release server, a site folder whose WebAssembly is a debug build: tablets
/// would download many times the release's bytes (a debug WASM is over 20 MB) without any
/// sign of what went wrong. A folder without the module is left to the usual errors.
pub fn refuse_debug_site(root: &Path, pkg: &str, wasm: &str) -> Result<(), String> {
    let wasm = root.join(pkg).join(wasm);
    match std::fs::read(&wasm) {
        Ok(module) if wasm_is_debug(&module) => Err(format!(
            "{} is a debug build of the site, and this server is a release build: build the \
             release site (`scripts/serve.sh` builds it into target/site-release) and point \
             LEPTOS_SITE_ROOT at it",
            wasm.display()
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests;
