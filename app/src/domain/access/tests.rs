use super::*;

fn group(n: u8) -> GroupId {
    GroupId::from_random_bytes([n; 16])
}

#[test]
fn the_table_says_what_each_role_may_do() {
    let own = group(1);
    // (role, action, maps shared) → allowed
    let cases = [
        (Role::Moderator, Action::Manage, false, true),
        (Role::Moderator, Action::Edit, false, true),
        (Role::Analyst, Action::Export, false, true),
        (Role::Analyst, Action::ReadOtherMaps, false, true),
        (Role::Analyst, Action::Edit, false, false),
        (Role::Analyst, Action::Manage, false, false),
        (Role::Viewer, Action::ReadOtherMaps, false, true),
        (Role::Viewer, Action::Export, false, false),
        (Role::Viewer, Action::Edit, false, false),
        (Role::Group(own), Action::ReadOwnMap, false, true),
        (Role::Group(own), Action::ReadOtherMaps, false, false),
        (Role::Group(own), Action::ReadOtherMaps, true, true),
        (Role::Group(own), Action::Edit, true, true),
        (Role::Group(own), Action::Export, true, false),
        (Role::Group(own), Action::Manage, true, false),
    ];
    for (role, action, shared, allowed) in cases {
        assert_eq!(
            role.allows(action, shared),
            allowed,
            "{} may {}{}",
            role.name(),
            action.name(),
            if shared { " (shared)" } else { "" }
        );
    }
}

#[test]
fn a_group_reads_its_own_map_and_the_others_only_while_shared() {
    let (own, other) = (group(1), group(2));
    assert!(Role::Group(own).may_read(Some(own), false));
    assert!(!Role::Group(own).may_read(Some(other), false));
    assert!(!Role::Group(own).may_read(None, false));
    assert!(Role::Group(own).may_read(Some(other), true));
    assert!(Role::Group(own).may_read(None, true));
    assert!(Role::Viewer.may_read(Some(other), false));
    assert!(Role::Viewer.may_read(None, false));
}

#[test]
fn only_the_moderator_and_groups_write() {
    assert_eq!(Role::Moderator.actor(), Some(Actor::Moderator));
    assert_eq!(Role::Group(group(3)).actor(), Some(Actor::Group(group(3))));
    assert_eq!(Role::Analyst.actor(), None);
    assert_eq!(Role::Viewer.actor(), None);
}

#[test]
fn keys_stored_as_actors_read_as_roles() {
    for actor in [Actor::Moderator, Actor::Group(group(4))] {
        let json = serde_json::to_string(&actor).unwrap();
        let role: Role = serde_json::from_str(&json).unwrap();
        assert_eq!(role.actor(), Some(actor), "{json}");
    }
    let analyst = serde_json::to_string(&Role::Analyst).unwrap();
    assert_eq!(analyst, r#"{"role":"analyst"}"#);
}
