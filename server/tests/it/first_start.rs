//! A first start as a moderator makes it: no arguments. The data folder is the user's
//! application data unless `--data`/`STAKEMAP_DATA` says otherwise; `STAKEMAP_ADDR` still
//! decides where it listens. Started with no address, it listens on every interface near port
//! 3000, prints the addresses tablets can open (with QR codes) in the user's language, opens
//! the browser on the home page, tells only its own machine its addresses, and stops cleanly on
//! Ctrl+C. That part runs in a network namespace of its own with a veth interface (so that
//! "every interface" is not this machine's real network); it needs root and `unshare`, and
//! says why when it skips.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use e2e::binary::Binary;

const BIN: &str = env!("CARGO_BIN_EXE_stakemap");

/// Starts the binary on loopback with `setup` applied, waits for it, stops it, and returns
/// the folders its store is in under `home`.
async fn store_folder(home: &Path, setup: impl FnOnce(Binary) -> Binary) -> bool {
    let browser = home.join("browser");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\ntouch {}\n", home.join("opened").display()),
    )
    .unwrap();
    std::fs::set_permissions(
        &browser,
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    let binary = Binary::new(BIN, home)
        .env_remove("STAKEMAP_DATA")
        .env_remove("XDG_DATA_HOME")
        .env("HOME", home)
        .env("BROWSER", &browser)
        .env("STAKEMAP_NO_DEMO", "true");
    let running = setup(binary).start().await;
    let exit = running.stop();
    exit.success()
}

#[tokio::test]
async fn the_data_folder_is_the_users_application_data_unless_told() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    type Setup = fn(Binary, &Path) -> Binary;
    let cases: &[(&str, Setup, &str)] = &[
        (
            "no setting: ~/.local/share",
            |b, _| b,
            ".local/share/stakemap/store",
        ),
        (
            "XDG_DATA_HOME",
            |b, h| b.env("XDG_DATA_HOME", h.join("xdg")),
            "xdg/stakemap/store",
        ),
        (
            "STAKEMAP_DATA wins",
            |b, h| {
                b.env("XDG_DATA_HOME", h.join("xdg2"))
                    .env("STAKEMAP_DATA", h.join("env"))
            },
            "env/store",
        ),
        (
            "--data wins over STAKEMAP_DATA",
            |b, h| {
                b.env("STAKEMAP_DATA", h.join("env2"))
                    .arg("--data")
                    .arg(h.join("flag"))
            },
            "flag/store",
        ),
    ];
    for (case, setup, folder) in cases {
        let stopped = store_folder(home, |b| setup(b, home)).await;
        assert!(stopped, "{case}: a clean stop");
        assert!(home.join(folder).is_dir(), "{case}: no store at {folder}");
    }
    assert!(
        !home.join("xdg2").exists(),
        "STAKEMAP_DATA was not the one used"
    );
    assert!(!home.join("env2").exists(), "--data was not the one used");
}

/// Why the namespace part cannot run here, if it cannot.
fn namespace_missing() -> Option<String> {
    if !is_root() {
        return Some("it needs root to make a network namespace".into());
    }
    let probe = Command::new("unshare")
        .args(["--net", "sh", "-c", "ip link add t0 type veth peer name t1"])
        .output();
    match probe {
        Ok(out) if out.status.success() => None,
        Ok(out) => Some(format!(
            "a veth pair cannot be made in a network namespace: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )),
        Err(e) => Some(format!("unshare cannot run: {e}")),
    }
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

/// Sends a signal to a process this test started.
fn signal(which: &str, pid: u32) {
    let sent = Command::new("kill")
        .args([which, &pid.to_string()])
        .status()
        .is_ok_and(|s| s.success());
    assert!(sent, "kill {which} {pid}");
}

/// `curl` inside the server's network namespace: (status, body).
fn curl_in(pid: u32, url: &str) -> (String, String) {
    let out = Command::new("nsenter")
        .args([
            "--target",
            &pid.to_string(),
            "--net",
            "curl",
            "-s",
            "-w",
            "\n%{http_code}",
            url,
        ])
        .output()
        .expect("nsenter runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, status) = text.rsplit_once('\n').unwrap_or((&text, ""));
    (status.to_owned(), body.to_owned())
}

#[tokio::test]
async fn a_room_start_says_where_tablets_connect_and_stops_cleanly() {
    if let Some(why) = namespace_missing() {
        println!("SKIPPED a_room_start_says_where_tablets_connect_and_stops_cleanly: {why}");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let opened = dir.path().join("opened");
    let browser = dir.path().join("browser");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\necho \"$1\" > {}\n", opened.display()),
    )
    .unwrap();
    std::fs::set_permissions(
        &browser,
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    // Port 3000 taken (by a listener in the namespace): the server takes the next one.
    let script = format!(
        "ip link set lo up && ip link add room0 type veth peer name room1 && \
         ip addr add 10.213.0.1/24 dev room0 && ip link set room0 up && \
         python3 -c 'import socket,time; s=socket.socket(); s.bind((\"0.0.0.0\",3000)); \
         s.listen(); time.sleep(120)' >/dev/null & \
         echo \"holder $!\"; sleep 0.5; exec {BIN}"
    );
    let mut child = Command::new("unshare")
        .args(["--net", "sh", "-c", &script])
        .env_remove("STAKEMAP_ADDR")
        .env_remove("STAKEMAP_DATA")
        .env_remove("XDG_DATA_HOME")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_GB.UTF-8")
        .env("HOME", &home)
        .env("BROWSER", &browser)
        .env("RUST_LOG", "warn")
        .env("LEPTOS_SITE_ROOT", dir.path())
        .stdout(Stdio::piped())
        .spawn()
        .expect("unshare starts");
    let pid = child.id();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut printed = String::new();
    let mut holder = None;
    for line in lines.by_ref() {
        let line = line.unwrap();
        if let Some(p) = line.strip_prefix("holder ") {
            holder = p.trim().parse::<u32>().ok();
        }
        printed.push_str(&line);
        printed.push('\n');
        if line.contains("Ctrl+C") {
            break;
        }
    }
    let stop_holder = || {
        if let Some(p) = holder {
            signal("-KILL", p);
        }
    };
    let url = "http://10.213.0.1:3001/";
    assert!(printed.contains(&format!("{url}   (room0)")), "{printed}");
    assert!(
        printed.contains("stakemap is running. On this computer: http://localhost:3001/"),
        "{printed}"
    );
    assert!(
        printed.contains("TCP port 3001"),
        "the firewall's port: {printed}"
    );
    assert!(printed.contains("█▀"), "a QR code is drawn: {printed}");
    let data = home.join(".local/share/stakemap");
    assert!(printed.contains(&data.display().to_string()), "{printed}");

    // The machine itself is told its addresses; a tablet (another address) is not.
    let (status, body) = curl_in(pid, "http://127.0.0.1:3001/api/v1/server/addresses");
    assert_eq!(status, "200", "{body}");
    let answer: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["addresses"][0]["url"], url, "{body}");
    assert_eq!(answer["addresses"][0]["interface"], "room0");
    let (status, body) = curl_in(pid, &format!("{url}api/v1/server/addresses"));
    assert_eq!(status, "403", "{body}");
    assert_eq!(
        curl_in(pid, &format!("{url}healthz")).0,
        "200",
        "served on room0"
    );

    for _ in 0..100 {
        if opened.exists() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let browsed = std::fs::read_to_string(&opened).unwrap_or_default();
    assert_eq!(
        browsed.trim(),
        "http://localhost:3001/",
        "the browser opened the home page"
    );

    // Ctrl+C: it says so and exits 0, its store written.
    signal("-INT", pid);
    let rest: String = lines.map_while(Result::ok).collect::<Vec<_>>().join("\n");
    let exit = child.wait().unwrap();
    stop_holder();
    assert!(exit.success(), "Ctrl+C exits cleanly: {exit}\n{rest}");
    assert!(
        rest.contains("stakemap stopped; every change is written."),
        "{rest}"
    );
    assert!(data.join("store").is_dir());
}

/// The API as a caller at `ip` reaches it, on a server listening on every interface.
fn room_router(ip: [u8; 4]) -> (axum::Router, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let state = crate::support::state(&dir.path().join("store"));
    let reach = server::room::Reach {
        addr: "0.0.0.0:3000".parse().unwrap(),
        https: false,
    };
    state.reach.set(reach).unwrap();
    (crate::support::router_from_peer(state, ip), dir)
}

#[tokio::test]
async fn only_the_servers_own_machine_is_told_its_addresses() {
    use crate::support::send;
    type Headers = &'static [(&'static str, &'static str)];
    let cases: &[([u8; 4], Headers, u16)] = &[
        ([127, 0, 0, 1], &[], 200),
        ([192, 168, 1, 20], &[], 403),
        // A reverse proxy on the machine passes tablets' requests on from loopback.
        ([127, 0, 0, 1], &[("x-forwarded-for", "192.168.1.20")], 403),
        ([127, 0, 0, 1], &[("forwarded", "for=192.168.1.20")], 403),
    ];
    for (ip, headers, want) in cases {
        let (router, _dir) = room_router(*ip);
        let reply = send(
            &router,
            "GET",
            "/server/addresses",
            None,
            None,
            headers,
            vec![],
        )
        .await;
        assert_eq!(reply.status.as_u16(), *want, "{ip:?} {headers:?}");
        if *want == 200 {
            let answer = reply.json();
            assert_eq!(answer["local_only"], false);
            assert!(answer["addresses"].is_array());
        } else {
            assert_eq!(reply.json()["error"]["code"], "forbidden");
        }
    }
}
