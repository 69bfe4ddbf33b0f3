//! Compresses once, here — brotli at its highest quality, gzip at its best — what the server
//! sends browsers as files: the three languages' words (`app/locales/*.ftl`, which the
//! browser fetches: `src/site/words.rs`), and with feature `embed-site` the built site
//! (`target/site`, or the folder `STAKEMAP_SITE` names), with a table `site.rs` includes: each
//! file's path, content type, ETag and its three forms as `include_bytes!`.
//!
//! A table of our own rather than rust-embed: rust-embed's hashing brings a second sha2 (and
//! its digest crates) beside the one leptos uses, and its runtime folder reading is what the
//! folder form already does.

fn main() {
    println!("cargo:rerun-if-env-changed=STAKEMAP_SITE");
    println!("cargo:rerun-if-env-changed=STAKEMAP_BROTLI_QUALITY");
    words();
    #[cfg(feature = "embed-site")]
    embed::run();
}

fn quality() -> u32 {
    std::env::var("STAKEMAP_BROTLI_QUALITY")
        .ok()
        .and_then(|q| q.parse().ok())
        .unwrap_or(11)
}

/// `OUT_DIR/locales/<file>.br` and `.gz` for each language's two files of words.
fn words() {
    let manifest =
        std::path::PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let locales = manifest.join("../app/locales");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets it"))
        .join("locales");
    std::fs::create_dir_all(&out).expect("OUT_DIR is writable");
    for file in [
        "ru.ftl",
        "ru-desk.ftl",
        "ky.ftl",
        "ky-desk.ftl",
        "en.ftl",
        "en-desk.ftl",
    ] {
        let source = locales.join(file);
        println!("cargo:rerun-if-changed={}", source.display());
        let bytes = std::fs::read(&source).expect("the locales read");
        std::fs::write(out.join(format!("{file}.br")), brotli(&bytes, quality()))
            .expect("OUT_DIR is writable");
        std::fs::write(out.join(format!("{file}.gz")), gzip(&bytes)).expect("OUT_DIR is writable");
    }
}

fn brotli(bytes: &[u8], quality: u32) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: quality.min(11) as i32,
        lgwin: 24,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("brotli compresses");
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("gzip compresses");
    encoder.finish().expect("gzip compresses")
}

#[cfg(feature = "embed-site")]
mod embed {
    use std::fmt::Write as _;
    use std::path::{Path, PathBuf};

    use sha2::{Digest, Sha256};

    /// Files this small go out as they are: compressing them saves less than the header costs.
    const COMPRESS_FROM: usize = 512;

    pub fn run() {
        let manifest =
            PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
        let site = std::env::var_os("STAKEMAP_SITE")
            .map(|s| manifest.join("..").join(s))
            .unwrap_or_else(|| manifest.join("../target/site"));
        println!("cargo:rerun-if-changed={}", site.display());
        if !site.join("pkg").is_dir() {
            panic!(
                "feature embed-site needs the built site at {} (run `cargo leptos build --release` \
                 first, or set STAKEMAP_SITE): no pkg folder there",
                site.display()
            );
        }
        let quality = super::quality();
        let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets it")).join("site");
        let _ = std::fs::remove_dir_all(&out);
        let mut found = Vec::new();
        walk(&site, &mut found);
        // Sorted as strings: site.rs looks a path up by binary search.
        let mut files: Vec<(String, PathBuf)> = found
            .into_iter()
            .map(|file| {
                let relative = file
                    .strip_prefix(&site)
                    .expect("walked from the site")
                    .to_string_lossy()
                    .replace('\\', "/");
                (relative, file)
            })
            .collect();
        files.sort();
        let mut table = String::from("&[\n");
        for (relative, file) in files {
            // Compressed siblings another tool left in the folder are made again here;
            // wasm-bindgen's TypeScript declarations are for editors, not browsers.
            if [".br", ".gz", ".d.ts"]
                .iter()
                .any(|end| relative.ends_with(end))
            {
                continue;
            }
            let bytes = std::fs::read(&file).expect("a site file reads");
            let plain = write(&out, &relative, "", &bytes);
            let (br, gz) = if bytes.len() >= COMPRESS_FROM && compressible(&relative) {
                (
                    Some(write(
                        &out,
                        &relative,
                        ".br",
                        &super::brotli(&bytes, quality),
                    )),
                    Some(write(&out, &relative, ".gz", &super::gzip(&bytes))),
                )
            } else {
                (None, None)
            };
            let kind = mime_guess::from_path(&relative).first_or_octet_stream();
            let hash = Sha256::digest(&bytes);
            let etag: String = hash[..12].iter().map(|b| format!("{b:02x}")).collect();
            let include = |p: Option<PathBuf>| match p {
                Some(p) => format!("Some(include_bytes!({:?}))", p.display().to_string()),
                None => "None".to_owned(),
            };
            let _ = writeln!(
                table,
                "    SiteFile {{ path: {relative:?}, content_type: {:?}, etag: \"\\\"{etag}\\\"\", \
                 plain: include_bytes!({:?}), br: {}, gzip: {} }},",
                content_type(&kind),
                plain.display().to_string(),
                include(br),
                include(gz),
            );
        }
        table.push_str("]\n");
        std::fs::write(out.join("files.rs"), table).expect("OUT_DIR is writable");
    }

    fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("the site folder reads") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                walk(&path, files);
            } else {
                files.push(path);
            }
        }
    }

    /// Text-like files and WASM shrink; images and fonts are compressed already.
    fn compressible(path: &str) -> bool {
        let ext = path.rsplit('.').next().unwrap_or_default();
        matches!(
            ext,
            "js" | "mjs" | "wasm" | "css" | "html" | "json" | "svg" | "txt" | "ico" | "map" | "ts"
        )
    }

    /// `text/*` and JavaScript say UTF-8, so browsers never guess.
    fn content_type(kind: &mime_guess::Mime) -> String {
        let text = kind.type_() == "text" || kind.essence_str() == "application/javascript";
        match (kind.essence_str(), text) {
            ("application/javascript", _) => "text/javascript; charset=utf-8".to_owned(),
            (essence, true) => format!("{essence}; charset=utf-8"),
            (essence, false) => essence.to_owned(),
        }
    }

    fn write(out: &Path, relative: &str, suffix: &str, bytes: &[u8]) -> PathBuf {
        let path = out.join(format!("{relative}{suffix}"));
        std::fs::create_dir_all(path.parent().expect("a file has a folder"))
            .expect("OUT_DIR is writable");
        std::fs::write(&path, bytes).expect("OUT_DIR is writable");
        path
    }
}
