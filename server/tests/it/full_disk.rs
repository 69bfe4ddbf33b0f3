//! The real binary on a real disk that fills up and frees again: a 16 MiB tmpfs mounted for
//! the test (skipped, saying why, where mounting is not allowed — the failing-store test in
//! `storage` covers the same logic). Edits answer 507 while the disk is full and are taken
//! again by themselves once it has room; SIGKILL afterwards loses nothing acknowledged, and
//! nothing answered 507 comes back.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use reqwest::Method;
use serde_json::json;

use crate::binary::{send, stakeholder_names, start};

struct Mounted(PathBuf);

impl Mounted {
    fn tmpfs(at: &Path) -> Option<Self> {
        std::fs::create_dir_all(at).ok()?;
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=16m", "tmpfs"])
            .arg(at)
            .output()
            .ok()?;
        mounted.status.success().then(|| Self(at.to_owned()))
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// Fills the disk at `dir` with a file until the disk says it is full.
fn fill(file: &Path) {
    use std::io::Write;
    let mut out = std::fs::File::create(file).unwrap();
    let chunk = vec![0u8; 64 * 1024];
    while out.write_all(&chunk).and_then(|()| out.sync_all()).is_ok() {}
}

#[tokio::test]
async fn a_disk_that_fills_and_frees_stops_and_restarts_the_saving_only() {
    let dir = tempfile::tempdir().unwrap();
    let Some(mount) = Mounted::tmpfs(&dir.path().join("tiny")) else {
        eprintln!(
            "skipped: cannot mount a 16 MiB tmpfs here (it needs root); `storage` tests the same with a failing store"
        );
        return;
    };
    let data = mount.0.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let server = start(&data).await;
    let (status, made) = send(
        &server,
        Method::POST,
        "/workshops",
        None,
        Some(json!({"title": "Full", "groups": ["A"]})),
    )
    .await;
    assert_eq!(status, 201, "{made}");
    let (id, key) = (
        made["id"].as_str().unwrap().to_owned(),
        made["moderator_key"].as_str().unwrap().to_owned(),
    );
    let path = format!("/workshops/{id}/stakeholders");
    let add = |n: usize| {
        json!({"group_id": made["groups"][0]["id"], "name": format!("Участник {n}"),
               "category": "state", "level": "local", "interest": 3, "influence": 3})
    };
    let mut acked = Vec::new();
    let mut refused = Vec::new();
    let (status, _) = send(&server, Method::POST, &path, Some(&key), Some(add(0))).await;
    assert_eq!(status, 201);
    acked.push(0);

    let filler = mount.0.join("filler");
    fill(&filler);
    // sled may still have room it took before; the disk runs out within a few hundred edits.
    for n in 1..2_000 {
        let (status, body) = send(&server, Method::POST, &path, Some(&key), Some(add(n))).await;
        match status {
            201 => acked.push(n),
            507 => {
                assert_eq!(body["error"]["code"], "storage_unavailable");
                refused.push(n);
                break;
            }
            other => panic!("unexpected {other}: {body}"),
        }
    }
    assert!(!refused.is_empty(), "the full disk was noticed");
    // Reading goes on.
    assert_eq!(
        stakeholder_names(&server, &id, &key).await.len(),
        acked.len()
    );

    std::fs::remove_file(&filler).unwrap();
    let mut back = false;
    for n in 10_000..10_300 {
        let (status, _) = send(&server, Method::POST, &path, Some(&key), Some(add(n))).await;
        match status {
            201 => {
                acked.push(n);
                back = true;
                break;
            }
            507 => {
                refused.push(n);
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            other => panic!("unexpected {other}"),
        }
    }
    assert!(
        back,
        "saving resumed by itself within a minute of the disk having room"
    );
    eprintln!(
        "full disk: {} edits acknowledged, {} answered 507 (the first at edit {:?})",
        acked.len(),
        refused.len(),
        refused.first()
    );

    server.kill();
    let server = start(&data).await;
    let names = stakeholder_names(&server, &id, &key).await;
    for n in &acked {
        assert!(
            names.contains(&format!("Участник {n}")),
            "acknowledged {n} lost: {names:?}"
        );
    }
    for n in &refused {
        assert!(
            !names.contains(&format!("Участник {n}")),
            "{n} was answered 507 but came back"
        );
    }
    server.kill();
}
