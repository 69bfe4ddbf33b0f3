use super::*;

#[test]
fn the_authority_is_made_once_and_signs_a_certificate_for_the_machines_names() {
    let dir = tempfile::tempdir().unwrap();
    let first = self_signed(dir.path(), &["stakemap.test".to_owned()]).unwrap();
    assert!(first.authority.is_some());
    assert!(
        !first.trusted_everywhere,
        "no HSTS for a self-made certificate"
    );
    for name in ["localhost", "127.0.0.1", "stakemap.test"] {
        assert!(
            first.names.iter().any(|n| n == name),
            "{name} in {:?}",
            first.names
        );
    }
    let cert = std::fs::read(dir.path().join("server.pem")).unwrap();
    let ca = std::fs::read(dir.path().join("ca.pem")).unwrap();

    // Started again with the same names: the same certificate.
    let again = self_signed(dir.path(), &["stakemap.test".to_owned()]).unwrap();
    assert_eq!(std::fs::read(dir.path().join("server.pem")).unwrap(), cert);
    assert_eq!(again.authority, first.authority);

    // Another name: a new certificate from the same authority, which tablets already trust.
    self_signed(dir.path(), &["salle.test".to_owned()]).unwrap();
    assert_ne!(std::fs::read(dir.path().join("server.pem")).unwrap(), cert);
    assert_eq!(std::fs::read(dir.path().join("ca.pem")).unwrap(), ca);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("ca-key.pem"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "the authority's key is the owner's alone");
    }
    // Each file written whole and renamed into place: nothing half-written is left beside.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(!name.ends_with(".partial"), "{name}");
    }
}
