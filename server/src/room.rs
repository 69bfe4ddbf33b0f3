//! The room's way in, for a server started with no address (double-clicked on the moderator's
//! laptop): it listens on every interface on the first free port from 3000, tells the
//! moderator in the console — in the laptop's language, with a QR code each — the addresses
//! tablets on the same network can open (the home page shows them too, on the laptop itself:
//! `GET /api/v1/server/addresses`), and opens the laptop's browser on the home page.

use std::fmt::Write as _;
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};

use app::chart::QrPicture;
use app::domain::Language;
use app::i18n::{tr, tr_with};
use app::wire::ServerAddress;

/// The port a room's server tries first; the next ones follow when it is taken.
pub const FIRST_PORT: u16 = 3000;
/// Ports tried from [`FIRST_PORT`] before the system picks any free one.
pub const PORTS_TRIED: u16 = 100;

/// Where the server listens, and whether over https.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reach {
    pub addr: SocketAddr,
    pub https: bool,
}

impl Reach {
    /// The addresses tablets on this machine's networks can open, one per interface address.
    pub fn addresses(&self) -> Vec<ServerAddress> {
        let interfaces: Vec<(String, IpAddr)> = if_addrs::get_if_addrs()
            .unwrap_or_default()
            .into_iter()
            .map(|i| {
                let ip = i.ip();
                (i.name, ip)
            })
            .collect();
        addresses_of(*self, &interfaces)
    }

    /// The home page on this machine, for its own browser: `localhost` is a secure context
    /// for browsers and a loopback caller, which may create workshops and see the addresses.
    pub fn local_url(&self) -> String {
        format!("{}://localhost:{}/", self.scheme(), self.addr.port())
    }

    fn scheme(&self) -> &'static str {
        if self.https { "https" } else { "http" }
    }

    /// Whether tablets can reach it at all: it does not listen on loopback only.
    pub fn reachable_from_others(&self) -> bool {
        !self.addr.ip().is_loopback()
    }
}

/// The addresses a server listening at `reach` is reached by from other machines, given the
/// machine's interfaces: every interface's for an unspecified address (IPv4 only on
/// `0.0.0.0`), the one address for a specific one, none for loopback. Loopback and link-local
/// addresses are left out: a tablet cannot use them.
pub fn addresses_of(reach: Reach, interfaces: &[(String, IpAddr)]) -> Vec<ServerAddress> {
    let listen = reach.addr.ip();
    let usable = |ip: &IpAddr| match ip {
        IpAddr::V4(v4) => !v4.is_loopback() && !v4.is_link_local() && !v4.is_unspecified(),
        IpAddr::V6(v6) => {
            !v6.is_loopback() && !v6.is_unspecified() && (v6.segments()[0] & 0xffc0) != 0xfe80
        }
    };
    let served = |ip: &IpAddr| match listen {
        IpAddr::V4(v4) if v4.is_unspecified() => ip.is_ipv4(),
        IpAddr::V6(v6) if v6.is_unspecified() => true,
        _ => *ip == listen,
    };
    let mut found: Vec<ServerAddress> = interfaces
        .iter()
        .filter(|(_, ip)| usable(ip) && served(ip))
        .map(|(name, ip)| ServerAddress {
            interface: name.clone(),
            url: url(reach, *ip),
        })
        .collect();
    // IPv4 first (what a tablet types), then by interface name, as the console prints them.
    found.sort_by_key(|a| (a.url.contains('['), a.interface.clone(), a.url.clone()));
    found.dedup_by(|a, b| a.url == b.url);
    found
}

fn url(reach: Reach, ip: IpAddr) -> String {
    let port = reach.addr.port();
    match ip {
        IpAddr::V4(v4) => format!("{}://{v4}:{port}/", reach.scheme()),
        IpAddr::V6(v6) => format!("{}://[{v6}]:{port}/", reach.scheme()),
    }
}

/// Listens on `ip` at the first free port from `first` ([`PORTS_TRIED`] of them), else at
/// any port the system gives. A port Windows reserves answers "permission denied": skipped
/// like a taken one.
pub fn bind_near(ip: IpAddr, first: u16) -> io::Result<TcpListener> {
    let last = first.saturating_add(PORTS_TRIED - 1);
    for port in first..=last {
        match TcpListener::bind((ip, port)) {
            Ok(listener) => return Ok(listener),
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::AddrInUse | io::ErrorKind::PermissionDenied
                ) => {}
            Err(e) => return Err(e),
        }
    }
    TcpListener::bind((ip, 0))
}

/// Where a room's server listens when given no address: every IPv4 interface.
pub const EVERYWHERE: IpAddr = IpAddr::V4(Ipv4Addr::UNSPECIFIED);

/// The language of the machine's user (its locale), among those stakemap speaks; Russian
/// otherwise.
pub fn console_language() -> Language {
    sys_locale::get_locales()
        .find_map(|tag| language_of(&tag))
        .unwrap_or_default()
}

/// `ru-RU`, `ky_KG.UTF-8`, `en` → the language; any other → `None`.
pub fn language_of(tag: &str) -> Option<Language> {
    let primary = tag.split(['-', '_', '.', '@']).next()?;
    Language::from_code(primary)
}

/// What the console says once the server listens: where it is, where its data is, the
/// addresses for tablets with a QR code each (or why there are none), what the firewall must
/// allow, and how to stop it.
pub fn banner(
    lang: Language,
    reach: Reach,
    addresses: &[ServerAddress],
    data: &std::path::Path,
) -> String {
    let mut out = String::new();
    let line = |out: &mut String, text: String| {
        let _ = writeln!(out, "{text}");
    };
    line(
        &mut out,
        tr_with(
            lang,
            "console-started",
            &[("url", reach.local_url().into())],
        ),
    );
    line(
        &mut out,
        tr_with(
            lang,
            "console-data",
            &[("folder", data.display().to_string().into())],
        ),
    );
    out.push('\n');
    if !reach.reachable_from_others() {
        line(&mut out, tr(lang, "console-local-only"));
    } else if addresses.is_empty() {
        line(&mut out, tr(lang, "console-no-network"));
    } else {
        line(&mut out, tr(lang, "console-addresses"));
        for address in addresses {
            out.push('\n');
            line(
                &mut out,
                format!("  {}   ({})", address.url, address.interface),
            );
            if let Some(qr) = QrPicture::new(&address.url, 1) {
                out.push_str(&terminal_qr(&qr));
            }
        }
        out.push('\n');
        let firewall = if cfg!(windows) {
            "console-firewall-windows"
        } else {
            "console-firewall"
        };
        line(
            &mut out,
            tr_with(
                lang,
                firewall,
                &[("port", reach.addr.port().to_string().into())],
            ),
        );
    }
    line(&mut out, tr(lang, "console-stop"));
    out
}

/// A QR code in text, two rows of modules a line with half blocks, quiet zone included. Light
/// modules are drawn (the blocks) and dark ones left as the console's background: consoles
/// are dark by default (Windows' and most Linux terminals'), and a phone then sees dark on
/// light.
pub fn terminal_qr(qr: &QrPicture) -> String {
    let n = qr.modules();
    let mut out = String::new();
    for y in (0..n).step_by(2) {
        out.push_str("  ");
        for x in 0..n {
            let top = !qr.is_dark(x, y);
            let bottom = y + 1 < n && !qr.is_dark(x, y + 1);
            out.push(match (top, bottom) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        out.push('\n');
    }
    out
}

/// Opens the machine's browser at `url`, off the async threads (it may start a program);
/// a failure is only logged: the console says where to go.
pub fn open_browser(url: String) {
    std::thread::spawn(move || {
        if let Err(e) = webbrowser::open(&url) {
            tracing::warn!(error = %e, %url, "could not open the browser");
        }
    });
}

#[cfg(test)]
mod tests;
