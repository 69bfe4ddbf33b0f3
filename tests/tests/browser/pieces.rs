//! The site in pieces, in real Chromium: opening a page whose piece is not loaded yet keeps the
//! current page on screen and says the next one is coming.

use e2e::{Browser, Server, id_and_key};

#[tokio::test]
async fn a_page_whose_piece_is_still_loading_keeps_the_current_page_and_says_so() {
    let server = Server::start().await;
    let w = server.workshop().await;
    let (id, key) = id_and_key(&w);
    let laptop = Browser::start(1024, 768).await;
    laptop
        .open(&format!(
            "{}/moderator/{id}?section=pictures#key={key}",
            server.base
        ))
        .await;
    laptop.find("[data-testid=report]").await;

    // Noted by the page itself, so the driver's polling cannot miss a short-lived bar: whether
    // the bar ever showed, and whether the console was still there when it did.
    laptop
        .script(
            "window.routingSeen = {bar: false, consoleBeneath: false};
             new MutationObserver(() => {
               if (document.querySelector('[data-testid=routing]')) {
                 window.routingSeen.bar = true;
                 if (document.querySelector('[data-testid=report]')) {
                   window.routingSeen.consoleBeneath = true;
                 }
               }
             }).observe(document.body, {childList: true, subtree: true});
             return null;",
        )
        .await;
    // A slow Wi-Fi, so the report's piece takes a while to come.
    laptop.throttle(400, 40, 1).await;

    laptop.tap("[data-testid=report]").await;
    laptop.find("[data-testid=report-title]").await;
    let seen = laptop.script("return window.routingSeen;").await;
    assert_eq!(
        seen["bar"].as_bool(),
        Some(true),
        "the loading bar showed while the piece came"
    );
    assert_eq!(
        seen["consoleBeneath"].as_bool(),
        Some(true),
        "the console stayed on screen beneath the bar"
    );
    laptop
        .until(
            "the loading bar to go once the page is there",
            "document.querySelector('[data-testid=routing]') === null",
        )
        .await;
    laptop.close().await;
}
