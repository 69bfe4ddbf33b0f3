//! The real binary against a hostile network: two thousand connections that never send a
//! header do not keep a tablet from joining and editing, and are closed by the header timeout;
//! a request whose body trickles in is cut at the request timeout with a JSON 408.

use std::net::SocketAddr;
use std::time::Duration;

use e2e::binary::{Binary, Running};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

use crate::binary::send;

async fn start(data: &std::path::Path) -> Running {
    Binary::new(env!("CARGO_BIN_EXE_stakemap"), data)
        .env("STAKEMAP_NO_DEMO", "true")
        .env("STAKEMAP_HEADER_TIMEOUT", "3")
        .env("STAKEMAP_REQUEST_TIMEOUT", "3")
        .start()
        .await
}

/// A connection from another loopback address (as another device on the Wi-Fi would be).
async fn connect_from(from: [u8; 4], to: SocketAddr) -> std::io::Result<TcpStream> {
    let socket = TcpSocket::new_v4()?;
    socket.bind(SocketAddr::from((from, 0)))?;
    socket.connect(to).await
}

/// Whether the server closes `stream` within `limit` (reading nothing but the end).
async fn closed_within(stream: &mut TcpStream, limit: Duration) -> bool {
    let mut buf = [0u8; 1024];
    loop {
        match tokio::time::timeout(limit, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return true,
            Ok(Ok(_)) => {}
            Err(_) => return false,
        }
    }
}

#[tokio::test]
async fn connections_that_never_send_a_header_do_not_keep_a_tablet_out() {
    // This process holds the attacker's sockets: let it open them.
    #[cfg(unix)]
    let _ = rlimit::increase_nofile_limit(u64::MAX);
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let to: SocketAddr = server.addr().parse().unwrap();
    let mut idle = Vec::new();
    for _ in 0..2_000 {
        match connect_from([127, 0, 0, 2], to).await {
            Ok(stream) => idle.push(stream),
            Err(e) => panic!("the test could not open its connections: {e}"),
        }
    }

    // The tablet, from its own address, joins and edits as if nothing happened.
    let (status, made) = send(
        &server,
        reqwest::Method::POST,
        "/workshops",
        None,
        Some(json!({"title": "Зал", "groups": ["A"]})),
    )
    .await;
    assert_eq!(status, 201, "{made}");
    let code = made["groups"][0]["join_code"].as_str().unwrap();
    let (status, joined) = send(
        &server,
        reqwest::Method::POST,
        "/join",
        None,
        Some(json!({"code": code})),
    )
    .await;
    assert_eq!(status, 200, "{joined}");
    let token = joined["token"].as_str().unwrap();
    let path = format!("/workshops/{}/stakeholders", made["id"].as_str().unwrap());
    let body = json!({"name": "Акимиат", "category": "state", "level": "local", "interest": 4, "influence": 5});
    let (status, added) = send(
        &server,
        reqwest::Method::POST,
        &path,
        Some(token),
        Some(body),
    )
    .await;
    assert_eq!(status, 201, "{added}");

    // The idle ones are closed: beyond the per-address cap at once, the rest at the
    // header timeout.
    let last = idle.last_mut().unwrap();
    assert!(
        closed_within(last, Duration::from_secs(10)).await,
        "a connection over the cap is closed"
    );
    let first = idle.first_mut().unwrap();
    assert!(
        closed_within(first, Duration::from_secs(10)).await,
        "a connection that sends no header is closed at the header timeout"
    );
    server.kill();
}

#[tokio::test]
async fn a_body_that_trickles_in_is_cut_at_the_request_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let mut stream = TcpStream::connect(server.addr()).await.unwrap();
    let head = format!(
        "POST /api/v1/join HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"code\": ",
        server.addr()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(15), async {
        let mut buf = [0u8; 4096];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    answer.extend_from_slice(&buf[..n]);
                    if answer.windows(4).any(|w| w == b"\r\n\r\n") && answer.ends_with(b"}") {
                        break;
                    }
                }
            }
        }
    })
    .await;
    assert!(read.is_ok(), "the server answered within 15 s");
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("\"code\":\"timeout\""), "{answer}");
    server.kill();
}
