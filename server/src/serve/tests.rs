use super::*;

#[test]
fn connections_are_counted_in_total_and_per_address_and_given_back() {
    let limits = Listen {
        max_connections: 3,
        max_per_address: 2,
        ..Listen::default()
    };
    let open = Arc::new(Mutex::new(Open::default()));
    let (a, b) = (IpAddr::from([10, 0, 0, 1]), IpAddr::from([10, 0, 0, 2]));
    let first = Slot::take(&open, a, &limits).expect("first");
    let second = Slot::take(&open, a, &limits).expect("second");
    assert!(Slot::take(&open, a, &limits).is_none(), "two per address");
    let other = Slot::take(&open, b, &limits).expect("another address");
    assert!(Slot::take(&open, b, &limits).is_none(), "three in total");
    drop(first);
    assert!(
        Slot::take(&open, a, &limits).is_some(),
        "a closed one makes room"
    );
    drop((second, other));
}

#[test]
fn a_trusted_proxy_carries_every_client_so_only_the_total_counts() {
    let proxy = IpAddr::from([127, 0, 0, 1]);
    let limits = Listen {
        max_connections: 3,
        max_per_address: 1,
        proxies: vec![proxy],
        ..Listen::default()
    };
    let open = Arc::new(Mutex::new(Open::default()));
    let slots: Vec<_> = (0..3)
        .map(|n| Slot::take(&open, proxy, &limits).unwrap_or_else(|| panic!("slot {n}")))
        .collect();
    assert!(
        Slot::take(&open, proxy, &limits).is_none(),
        "the total still holds"
    );
    drop(slots);
}
