use super::*;
use crate::store::SledStore;
use app::domain::Role;

fn workshop(n: u8) -> WorkshopId {
    WorkshopId::from_random_bytes([n; 16])
}

#[test]
fn a_ticket_opens_once_and_only_in_its_workshop() {
    let dir = tempfile::tempdir().unwrap();
    let tickets = Tickets::new(Arc::new(SledStore::open(dir.path()).unwrap()));
    let bearer = Bearer::for_tests(Role::Analyst);
    let ticket = tickets.issue(workshop(1), &bearer).unwrap();
    assert!(ticket.starts_with("tk_"));
    assert_eq!(
        tickets.redeem(workshop(2), &ticket).unwrap(),
        None,
        "another workshop's"
    );
    let again = tickets.issue(workshop(1), &bearer).unwrap();
    assert_eq!(
        tickets.redeem(workshop(1), &again).unwrap(),
        Some(bearer.key_hash())
    );
    assert_eq!(
        tickets.redeem(workshop(1), &again).unwrap(),
        None,
        "used up"
    );
    assert_eq!(tickets.redeem(workshop(1), "tk_made_up").unwrap(), None);
}
