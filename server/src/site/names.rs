//! What the site's files are called: plainly (`stakemap.wasm`), or with cargo-leptos' hashes
//! in their names (`hash-files`, `stakemap.<hash>.wasm`), which it records in a hash file
//! beside the server's binary. From these names come the list of files a tablet keeps for a
//! reload offline (`/offline.json`, read by `public/sw.js`) and which answers may be cached for
//! good.

use std::path::{Path, PathBuf};

use leptos::prelude::LeptosOptions;

/// The loader of a split build's pieces, before cargo-leptos hashes it.
const LOADER: &str = "__wasm_split.______________________.js";
/// The lazy functions whose pieces the group page needs offline (`#[lazy] fn picture_tab`: its
/// grid and graph).
const OFFLINE_PIECES: [&str; 1] = ["picture_tab"];

/// The names of the main files, without the package folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteNames {
    pub js: String,
    pub wasm: String,
    pub css: String,
    pub loader: String,
    pub manifest: String,
}

impl SiteNames {
    /// The names for `output` given the hash file's text (`js: <hash>` lines), or the plain
    /// names without one.
    pub fn new(output: &str, hashes: Option<&str>) -> Self {
        let hash_of = |file: &str| {
            hashes?.lines().find_map(|line| {
                let (name, hash) = line.split_once(':')?;
                (name.trim() == file).then(|| hash.trim().to_owned())
            })
        };
        let named = |stem: &str, file: &str, ext: &str| match hash_of(file) {
            Some(hash) => format!("{stem}.{hash}.{ext}"),
            None => format!("{stem}.{ext}"),
        };
        Self {
            js: named(output, "js", "js"),
            wasm: named(output, "wasm", "wasm"),
            css: named(output, "css", "css"),
            loader: hash_of("split").map_or_else(
                || LOADER.to_owned(),
                |hash| format!("__wasm_split.{hash}.js"),
            ),
            manifest: named("__wasm_split_manifest", "manifest", "json"),
        }
    }

    /// The names of the site `options` describes, reading the hash file where Leptos reads it
    /// (beside the running binary, unless named by an absolute path).
    pub fn of(options: &LeptosOptions) -> Self {
        let hashes = options
            .hash_files
            .then(|| std::fs::read_to_string(hash_file(options)).ok())
            .flatten();
        Self::new(&options.output_name, hashes.as_deref())
    }

    /// The group page's main module and script, and a split build's loader, as paths from the
    /// site's root: what a light page fetches ahead while a tablet joins.
    pub fn ahead(&self, pkg: &str, split: bool) -> Vec<String> {
        let mut files = vec![
            format!("/{pkg}/{}", self.js),
            format!("/{pkg}/{}", self.wasm),
        ];
        if split {
            files.push(format!("/{pkg}/{}", self.loader));
        }
        files
    }

    /// What a tablet keeps to reload the group page offline, as paths from the site's root:
    /// the main module, its script and style, and, from a split build's manifest (its text),
    /// the loader, the manifest and the group page's picture pieces.
    pub fn offline(&self, pkg: &str, manifest: Option<&str>) -> Vec<String> {
        let mut files: Vec<String> = [&self.js, &self.wasm, &self.css]
            .into_iter()
            .map(|name| format!("/{pkg}/{name}"))
            .collect();
        let pieces = manifest
            .and_then(|text| serde_json::from_str::<serde_json::Value>(text).ok())
            .and_then(|manifest| manifest.as_object().cloned());
        if let Some(pieces) = pieces {
            files.push(format!("/{pkg}/{}", self.loader));
            files.push(format!("/{pkg}/{}", self.manifest));
            let mut chunks: Vec<String> = pieces
                .iter()
                .filter(|(name, _)| OFFLINE_PIECES.iter().any(|p| name.contains(p)))
                .filter_map(|(_, chunks)| chunks.as_array())
                .flatten()
                .filter_map(|chunk| chunk.as_str())
                .map(|chunk| format!("/{pkg}/{chunk}.wasm"))
                .collect();
            chunks.sort();
            chunks.dedup();
            files.extend(chunks);
        }
        files
    }
}

/// Where Leptos reads the hash file: beside the running binary (`Path::join` keeps an absolute
/// name as it is).
fn hash_file(options: &LeptosOptions) -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_path_buf))
        .unwrap_or_default()
        .join(options.hash_file.as_ref())
}

/// Whether a file's name carries cargo-leptos' hash (`name.<22 characters>.ext`: MD5 in
/// unpadded URL-safe base64) and so may be cached for good.
pub fn is_hashed(name: &str) -> bool {
    let mut parts = name.rsplit('.');
    let (Some(_ext), Some(hash), Some(stem)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !stem.is_empty()
        && hash.len() == 22
        && hash
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && hash.bytes().any(|b| b != b'_')
}

#[cfg(test)]
mod tests;
