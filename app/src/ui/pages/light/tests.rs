use super::*;

#[test]
fn the_home_page_and_join_links_are_light_and_no_other_page_is() {
    for (path, light) in [
        ("/", true),
        ("/join/K7M2QX", true),
        ("/join/", false),
        ("/join/K7M2QX/more", false),
        ("/group", false),
        ("/new", false),
        ("/moderator/w1", false),
        ("/trust", false),
        ("/nowhere", false),
    ] {
        assert_eq!(is_light(path), light, "{path}");
    }
}
