//! HTTPS: a certificate from files (`--tls-cert`, `--tls-key`, PEM), or one this server makes
//! for the room (`--tls-self-signed`): a small certificate authority of its own, kept in the
//! data folder (`tls/`), and a server certificate it signs for every name and address the
//! machine has (plus `--tls-name`s), made again when those change or it nears its end. Tablets
//! trust the authority once (`/ca.crt`, and `/trust` says how), then every certificate it
//! signs — the next workshop's too — opens without a warning. rustls on ring: no OpenSSL.

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, SanType,
};
use rustls::ServerConfig;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use serde::{Deserialize, Serialize};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum TlsError {
    #[error("cannot read {path}: {error}")]
    Read { path: PathBuf, error: String },
    #[error("cannot write {path}: {error}")]
    Write { path: PathBuf, error: String },
    #[error("{path} holds no {what} in PEM")]
    Pem { path: PathBuf, what: &'static str },
    #[error("making a certificate failed: {0}")]
    Make(#[from] rcgen::Error),
    #[error("the certificate and key do not work together: {0}")]
    Config(#[from] rustls::Error),
}

/// What the server serves https with.
pub struct Tls {
    pub config: Arc<ServerConfig>,
    /// The local authority's certificate (DER) for `/ca.crt`, when the server made its own.
    pub authority: Option<Vec<u8>>,
    /// A certificate browsers trust on their own: HSTS may be sent.
    pub trusted_everywhere: bool,
    /// The names and addresses the certificate covers, for the log and the home page.
    pub names: Vec<String>,
}

/// `GET /ca.crt`: this server's authority, for tablets to trust (Android and Windows open a
/// `.crt` as a certificate to install; iPadOS as a profile).
pub async fn authority_file(authority: Option<Vec<u8>>) -> axum::response::Response {
    use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
    use axum::response::IntoResponse;
    match authority {
        Some(der) => (
            [
                (CONTENT_TYPE, "application/x-x509-ca-cert"),
                (
                    CONTENT_DISPOSITION,
                    "attachment; filename=\"stakemap-ca.crt\"",
                ),
                (CACHE_CONTROL, "no-cache"),
            ],
            der,
        )
            .into_response(),
        None => crate::api::ApiError::not_found(
            "this server's certificate authority (it serves http, or a certificate from files)",
        )
        .into_response(),
    }
}

/// A certificate chain and key from PEM files (a real certificate: HSTS is sent).
pub fn from_files(cert: &Path, key: &Path) -> Result<Tls, TlsError> {
    let chain = CertificateDer::pem_file_iter(cert)
        .map_err(|e| read_error(cert, &e))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| read_error(cert, &e))?;
    if chain.is_empty() {
        return Err(TlsError::Pem {
            path: cert.to_owned(),
            what: "certificate",
        });
    }
    let key = PrivateKeyDer::from_pem_file(key).map_err(|_| TlsError::Pem {
        path: key.to_owned(),
        what: "private key",
    })?;
    Ok(Tls {
        config: Arc::new(config(chain, key)?),
        authority: None,
        trusted_everywhere: true,
        names: Vec::new(),
    })
}

/// The files of a self-made authority and certificate in `dir`.
struct Files {
    ca: PathBuf,
    ca_key: PathBuf,
    cert: PathBuf,
    key: PathBuf,
    made: PathBuf,
}

impl Files {
    fn in_dir(dir: &Path) -> Self {
        Self {
            ca: dir.join("ca.pem"),
            ca_key: dir.join("ca-key.pem"),
            cert: dir.join("server.pem"),
            key: dir.join("server-key.pem"),
            made: dir.join("made.json"),
        }
    }
}

/// What the server certificate was made for, kept beside it to know when to make another.
#[derive(Serialize, Deserialize, PartialEq)]
struct Made {
    /// The authority's name, so that it can sign again.
    authority: String,
    names: Vec<String>,
    /// Unix seconds.
    until: i64,
}

/// How long a server certificate lasts: under the 398 days browsers accept.
const DAYS: i64 = 397;
/// Made again when fewer days than this are left.
const RENEW_DAYS: i64 = 30;

/// The server's own authority and certificate in `dir`, made or reused, for the machine's
/// names and addresses and `extra` names.
pub fn self_signed(dir: &Path, extra: &[String]) -> Result<Tls, TlsError> {
    std::fs::create_dir_all(dir).map_err(|e| write_error(dir, &e))?;
    let files = Files::in_dir(dir);
    let names = machine_names(extra);
    let (authority_name, ca_key) = authority(&files)?;
    let now = time::OffsetDateTime::now_utc();
    let made: Option<Made> = std::fs::read(&files.made)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok());
    let fresh = made.as_ref().is_some_and(|m| {
        m.authority == authority_name
            && m.names == names
            && m.until - now.unix_timestamp() > RENEW_DAYS * 86_400
    }) && files.cert.exists()
        && files.key.exists();
    if !fresh {
        let until = now + time::Duration::days(DAYS);
        let key = KeyPair::generate()?;
        let mut params = CertificateParams::new(Vec::<String>::new())?;
        params.subject_alt_names = names.iter().map(|n| san(n)).collect::<Result<_, _>>()?;
        params.distinguished_name = DistinguishedName::new();
        params.distinguished_name.push(
            DnType::CommonName,
            names.first().cloned().unwrap_or_default(),
        );
        params.not_before = now - time::Duration::days(1);
        params.not_after = until;
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        let issuer = Issuer::new(authority_params(&authority_name), ca_key);
        let cert = params.signed_by(&key, &issuer)?;
        write(&files.cert, cert.pem().as_bytes())?;
        write(&files.key, key.serialize_pem().as_bytes())?;
        let made = Made {
            authority: authority_name,
            names: names.clone(),
            until: until.unix_timestamp(),
        };
        let json = serde_json::to_vec_pretty(&made).unwrap_or_default();
        write(&files.made, &json)?;
        tracing::info!(names = ?names, "made a server certificate signed by this server's authority");
    }
    let authority_der = CertificateDer::from_pem_file(&files.ca)
        .map_err(|_| TlsError::Pem {
            path: files.ca.clone(),
            what: "certificate",
        })?
        .to_vec();
    let mut tls = from_files(&files.cert, &files.key)?;
    tls.authority = Some(authority_der);
    tls.trusted_everywhere = false;
    tls.names = names;
    Ok(tls)
}

/// The authority's name and key: read, or made once (ten years).
fn authority(files: &Files) -> Result<(String, KeyPair), TlsError> {
    if files.ca.exists() && files.ca_key.exists() {
        let pem =
            std::fs::read_to_string(&files.ca_key).map_err(|e| read_error(&files.ca_key, &e))?;
        let key = KeyPair::from_pem(&pem)?;
        let made: Option<Made> = std::fs::read(&files.made)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok());
        if let Some(made) = made {
            return Ok((made.authority, key));
        }
    }
    let host = gethostname::gethostname().to_string_lossy().into_owned();
    let name = format!(
        "stakemap local authority ({host}, {})",
        time::OffsetDateTime::now_utc().date()
    );
    let key = KeyPair::generate()?;
    let mut params = authority_params(&name);
    let now = time::OffsetDateTime::now_utc();
    params.not_before = now - time::Duration::days(1);
    params.not_after = now + time::Duration::days(3650);
    let cert = params.self_signed(&key)?;
    write(&files.ca, cert.pem().as_bytes())?;
    write(&files.ca_key, key.serialize_pem().as_bytes())?;
    // A new authority: the old server certificate (if any) is not signed by it.
    let _ = std::fs::remove_file(&files.made);
    tracing::info!(authority = %name, "made this server's certificate authority");
    Ok((name, key))
}

/// The authority's parameters: the same name signs the same way every time.
fn authority_params(name: &str) -> CertificateParams {
    let mut params = CertificateParams::default();
    params.distinguished_name = DistinguishedName::new();
    params.distinguished_name.push(DnType::CommonName, name);
    params
        .distinguished_name
        .push(DnType::OrganizationName, "stakemap");
    params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    params
}

/// `localhost`, the host's name (and `.local`, for mDNS), the loopback addresses, every
/// interface's address (not IPv6 link-local, which needs a zone), and `extra`.
pub fn machine_names(extra: &[String]) -> Vec<String> {
    let host = gethostname::gethostname().to_string_lossy().into_owned();
    let mut names = vec!["localhost".to_owned()];
    if !host.is_empty() && host != "localhost" {
        names.push(host.clone());
        if !host.contains('.') {
            names.push(format!("{host}.local"));
        }
    }
    names.extend(extra.iter().cloned());
    names.extend(["127.0.0.1".to_owned(), "::1".to_owned()]);
    let mut addresses: Vec<IpAddr> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .map(|i| i.ip())
        .filter(|ip| !ip.is_loopback())
        .filter(|ip| !matches!(ip, IpAddr::V6(v6) if (v6.segments()[0] & 0xffc0) == 0xfe80))
        .collect();
    addresses.sort();
    names.extend(addresses.into_iter().map(|ip| ip.to_string()));
    names.dedup();
    names
}

fn san(name: &str) -> Result<SanType, rcgen::Error> {
    match name.parse::<IpAddr>() {
        Ok(ip) => Ok(SanType::IpAddress(ip)),
        Err(_) => Ok(SanType::DnsName(name.try_into()?)),
    }
}

fn config(
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
) -> Result<ServerConfig, TlsError> {
    #[expect(
        deprecated,
        reason = "ring: no post-quantum key exchange, but it builds for every target here, Windows by mingw included; aws-lc-rs would add a C/asm build"
    )]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(chain, key)?;
    // The server speaks HTTP/1.1 (`serve.rs`); websockets need it too.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// Writes `bytes` to `path` whole or not at all: into a file beside it, then renamed over it.
/// A crash mid-write leaves no half authority for the next start, and whoever reads the file
/// (a test's client, a moderator copying `ca.pem`) never sees part of it. A key is the owner's
/// alone from its first byte, not made private after it was written.
fn write(path: &Path, bytes: &[u8]) -> Result<(), TlsError> {
    use std::io::Write as _;
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".partial");
    let temporary = PathBuf::from(temporary);
    // A leftover from a crash keeps its mode on reopening; made anew it takes ours.
    let _ = std::fs::remove_file(&temporary);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if path.to_string_lossy().ends_with("key.pem") {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
        .open(&temporary)
        .and_then(|mut file| {
            file.write_all(bytes)?;
            file.sync_all()
        })
        .and_then(|()| std::fs::rename(&temporary, path))
        .map_err(|e| write_error(path, &e))
}

fn read_error(path: &Path, e: &dyn std::fmt::Display) -> TlsError {
    TlsError::Read {
        path: path.to_owned(),
        error: e.to_string(),
    }
}

fn write_error(path: &Path, e: &dyn std::fmt::Display) -> TlsError {
    TlsError::Write {
        path: path.to_owned(),
        error: e.to_string(),
    }
}

#[cfg(test)]
mod tests;
