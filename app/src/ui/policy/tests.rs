use super::*;

#[test]
fn scripts_need_the_nonce_and_the_page_cannot_be_framed() {
    let policy = page_policy("abc123", Some("192.168.1.20:3000"));
    assert!(policy.contains("script-src 'nonce-abc123' 'strict-dynamic'"));
    assert!(!policy.contains("script-src 'unsafe-inline'"));
    assert!(policy.contains("frame-ancestors 'none'"));
    assert!(policy.contains("connect-src 'self' ws://192.168.1.20:3000 wss://192.168.1.20:3000;"));
}

#[test]
fn a_host_header_cannot_add_a_source() {
    for host in ["evil.example; script-src *", "a b", "x'y", ""] {
        let policy = page_policy("n", Some(host));
        assert!(policy.contains("connect-src 'self';"), "{host:?}: {policy}");
    }
}
