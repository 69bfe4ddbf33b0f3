use std::net::{IpAddr, SocketAddr, TcpListener};

use super::*;

fn interfaces() -> Vec<(String, IpAddr)> {
    [
        ("lo", "127.0.0.1"),
        ("lo", "::1"),
        ("wlan0", "192.168.1.23"),
        ("wlan0", "fe80::1"),
        ("wlan0", "2001:db8::23"),
        ("eth0", "10.0.0.5"),
        ("eth1", "169.254.3.4"),
    ]
    .into_iter()
    .map(|(n, ip)| (n.to_owned(), ip.parse().unwrap()))
    .collect()
}

fn reach(addr: &str) -> Reach {
    Reach {
        addr: addr.parse::<SocketAddr>().unwrap(),
        https: false,
    }
}

fn urls(addr: &str) -> Vec<String> {
    addresses_of(reach(addr), &interfaces())
        .into_iter()
        .map(|a| format!("{} {}", a.interface, a.url))
        .collect()
}

#[test]
fn every_interface_address_a_tablet_can_use() {
    let cases: &[(&str, &[&str])] = &[
        // The room's default: IPv4 on every interface, never loopback or link-local.
        (
            "0.0.0.0:3000",
            &[
                "eth0 http://10.0.0.5:3000/",
                "wlan0 http://192.168.1.23:3000/",
            ],
        ),
        (
            "[::]:3001",
            &[
                "eth0 http://10.0.0.5:3001/",
                "wlan0 http://192.168.1.23:3001/",
                "wlan0 http://[2001:db8::23]:3001/",
            ],
        ),
        ("192.168.1.23:3000", &["wlan0 http://192.168.1.23:3000/"]),
        // Only this machine can reach it.
        ("127.0.0.1:3000", &[]),
        ("[::1]:3000", &[]),
    ];
    for (addr, want) in cases {
        assert_eq!(urls(addr), *want, "listening at {addr}");
    }
}

#[test]
fn https_addresses_say_so() {
    let mut r = reach("0.0.0.0:3443");
    r.https = true;
    let found = addresses_of(r, &interfaces());
    assert_eq!(found[0].url, "https://10.0.0.5:3443/");
    assert_eq!(r.local_url(), "https://localhost:3443/");
}

#[test]
fn a_taken_port_moves_the_server_to_the_next() {
    let ip: IpAddr = "127.0.0.1".parse().unwrap();
    let taken = TcpListener::bind((ip, 0)).unwrap();
    let first = taken.local_addr().unwrap().port();
    let next = bind_near(ip, first).unwrap();
    let port = next.local_addr().unwrap().port();
    assert!(
        port > first && port < first + PORTS_TRIED,
        "{first} → {port}"
    );
}

#[test]
fn the_console_speaks_the_users_language() {
    let cases = [
        ("ru-RU", Some(Language::Ru)),
        ("ky_KG.UTF-8", Some(Language::Ky)),
        ("en-GB", Some(Language::En)),
        ("EN", Some(Language::En)),
        ("de-DE", None),
        ("C", None),
    ];
    for (tag, want) in cases {
        assert_eq!(language_of(tag), want, "{tag}");
    }
}

#[test]
fn the_banner_lists_each_address_with_a_readable_qr_code() {
    let r = reach("0.0.0.0:3000");
    let found = addresses_of(r, &interfaces());
    for lang in Language::ALL {
        let text = banner(lang, r, &found, std::path::Path::new("/data/stakemap"));
        for address in &found {
            assert!(text.contains(&address.url), "{lang:?}: {text}");
        }
        assert!(text.contains("/data/stakemap"), "{lang:?}");
        assert!(text.contains("3000"), "{lang:?}");
        assert!(
            !text.contains("console-"),
            "{lang:?}: a message is missing\n{text}"
        );
    }
    // The code drawn in text decodes to the address, as a phone would read it off the screen.
    let qr = QrPicture::new(&found[0].url, 1).unwrap();
    let text = terminal_qr(&qr);
    let rows: Vec<Vec<char>> = text.lines().map(|l| l.chars().skip(2).collect()).collect();
    let scale = 4;
    let light = |x: usize, y: usize| {
        let c = rows
            .get(y / 2)
            .and_then(|r| r.get(x))
            .copied()
            .unwrap_or(' ');
        match (c, y % 2) {
            ('█', _) | ('▀', 0) | ('▄', 1) => 255,
            _ => 0,
        }
    };
    let side = qr.modules() * scale;
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| light(x / scale, y / scale));
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1);
    let (_, content) = grids[0].decode().unwrap();
    assert_eq!(content, found[0].url);
}

#[test]
fn the_banner_says_why_no_tablet_can_connect() {
    let local = banner(
        Language::En,
        reach("127.0.0.1:3000"),
        &[],
        std::path::Path::new("d"),
    );
    assert!(local.contains("only"), "{local}");
    let none = banner(
        Language::En,
        reach("0.0.0.0:3000"),
        &[],
        std::path::Path::new("d"),
    );
    assert!(none.contains("network"), "{none}");
}
