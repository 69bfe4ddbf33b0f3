use super::*;
use app::domain::Role;

fn workshop(n: u8) -> WorkshopId {
    WorkshopId::from_random_bytes([n; 16])
}

#[test]
fn a_ticket_opens_once_and_only_in_its_workshop() {
    let tickets = Tickets::default();
    let bearer = Bearer::for_tests(Role::Analyst);
    let ticket = tickets.issue(workshop(1), bearer);
    assert!(ticket.starts_with("tk_"));
    assert_eq!(
        tickets.redeem(workshop(2), &ticket),
        None,
        "another workshop's"
    );
    let again = tickets.issue(workshop(1), bearer);
    assert_eq!(tickets.redeem(workshop(1), &again), Some(bearer));
    assert_eq!(tickets.redeem(workshop(1), &again), None, "used up");
    assert_eq!(tickets.redeem(workshop(1), "tk_made_up"), None);
}
