//! The real binary over https: with `--tls-self-signed` it makes its own authority and a
//! certificate for the machine's names (and `--tls-name`s), which a client that trusts the
//! authority — as a tablet does after `/ca.crt` — accepts at a non-loopback name; it offers
//! the authority at `/ca.crt`, sends no HSTS for it, and is the same certificate after a
//! restart. With `--tls-cert`/`--tls-key` it serves those, and sends HSTS.

use std::path::Path;
use std::process::{Child, Command};
use std::time::Duration;

use reqwest::{Certificate, Client};

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(data: &Path, tls: &[&str]) -> Server {
    let port = e2e::binary::free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_stakemap"))
        .env("STAKEMAP_ADDR", format!("127.0.0.1:{port}"))
        .env("STAKEMAP_DATA", data)
        .env("STAKEMAP_NO_DEMO", "true")
        .env("RUST_LOG", "warn")
        .args(tls)
        .current_dir(data)
        .spawn()
        .expect("the binary starts");
    Server { child, port }
}

/// A client that trusts `authority` and finds `stakemap.test` at the server.
fn client(authority: &[u8], port: u16) -> Client {
    Client::builder()
        .use_rustls_tls()
        .tls_built_in_root_certs(false)
        .add_root_certificate(Certificate::from_pem(authority).unwrap())
        .resolve("stakemap.test", ([127, 0, 0, 1], port).into())
        .build()
        .unwrap()
}

async fn until_up(client: &Client, url: &str) -> reqwest::Response {
    for _ in 0..200 {
        if let Ok(response) = client.get(url).send().await {
            return response;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{url} did not answer within 10 s");
}

#[tokio::test]
async fn a_self_signed_server_is_trusted_through_its_own_authority() {
    let dir = tempfile::tempdir().unwrap();
    let tls_args = ["--tls-self-signed", "--tls-name", "stakemap.test"];
    let server = start(dir.path(), &tls_args);
    let authority_pem = {
        let path = dir.path().join("tls/ca.pem");
        let mut waited = 0;
        while !path.exists() && waited < 200 {
            tokio::time::sleep(Duration::from_millis(50)).await;
            waited += 1;
        }
        std::fs::read(&path).expect("the authority is in the data folder")
    };
    let https = client(&authority_pem, server.port);
    let base = format!("https://stakemap.test:{}", server.port);
    let health = until_up(&https, &format!("{base}/healthz")).await;
    assert_eq!(health.status(), 200);
    let page = https.get(format!("{base}/")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(
        page.headers().get("strict-transport-security").is_none(),
        "no HSTS for a self-made certificate"
    );
    let ca = https.get(format!("{base}/ca.crt")).send().await.unwrap();
    assert_eq!(ca.headers()["content-type"], "application/x-x509-ca-cert");
    let der = ca.bytes().await.unwrap();
    let pem_body = String::from_utf8_lossy(&authority_pem);
    let b64: String = pem_body
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .collect();
    use base64::Engine;
    assert_eq!(
        base64::engine::general_purpose::STANDARD
            .decode(b64)
            .unwrap(),
        der.to_vec()
    );

    // Plain http on the https port is not served.
    let plain = Client::new()
        .get(format!("http://127.0.0.1:{}/healthz", server.port))
        .send()
        .await;
    assert!(plain.map(|r| !r.status().is_success()).unwrap_or(true));

    // Restarted: the same certificate (tablets trusted it once).
    let cert = std::fs::read(dir.path().join("tls/server.pem")).unwrap();
    drop(server);
    let server = start(dir.path(), &tls_args);
    let https = client(&authority_pem, server.port);
    let base = format!("https://stakemap.test:{}", server.port);
    assert_eq!(
        until_up(&https, &format!("{base}/healthz")).await.status(),
        200
    );
    assert_eq!(
        std::fs::read(dir.path().join("tls/server.pem")).unwrap(),
        cert
    );
}

#[tokio::test]
async fn a_certificate_from_files_is_served_with_hsts() {
    // Files made by a self-signed run stand in for a real certificate.
    let made = tempfile::tempdir().unwrap();
    server::tls::self_signed(made.path(), &["stakemap.test".to_owned()]).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cert = made.path().join("server.pem");
    let key = made.path().join("server-key.pem");
    let args = [
        "--tls-cert",
        cert.to_str().unwrap(),
        "--tls-key",
        key.to_str().unwrap(),
    ];
    let server = start(dir.path(), &args);
    let authority = std::fs::read(made.path().join("ca.pem")).unwrap();
    let https = client(&authority, server.port);
    let base = format!("https://stakemap.test:{}", server.port);
    let page = until_up(&https, &format!("{base}/")).await;
    assert_eq!(page.status(), 200);
    assert_eq!(
        page.headers()["strict-transport-security"],
        "max-age=31536000"
    );
    let ca = https.get(format!("{base}/ca.crt")).send().await.unwrap();
    assert_eq!(ca.status(), 404, "no authority of its own to offer");
}
