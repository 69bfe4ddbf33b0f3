//! The site in pieces, in real Chromium: opening a page whose piece is not loaded yet keeps the
//! current page on screen and says the next one is coming.

use e2e::{Browser, Server};

#[tokio::test]
async fn a_page_whose_piece_is_still_loading_keeps_the_current_page_and_says_so() {
    let server = Server::start().await;
    let laptop = Browser::start(1024, 768).await;
    laptop.open(&format!("{}/", server.base)).await;
    laptop.find("[data-testid=create]").await;

    // Noted by the page itself, so the driver's polling cannot miss a short-lived bar: whether
    // the bar ever showed, and whether the home page was still there when it did.
    laptop
        .script(
            "window.routingSeen = {bar: false, homeBeneath: false};
             new MutationObserver(() => {
               if (document.querySelector('[data-testid=routing]')) {
                 window.routingSeen.bar = true;
                 if (document.querySelector('[data-testid=create]')) {
                   window.routingSeen.homeBeneath = true;
                 }
               }
             }).observe(document.body, {childList: true, subtree: true});
             return null;",
        )
        .await;
    // A slow Wi-Fi, so the new-workshop page's piece takes a while to come.
    laptop.throttle(400, 40, 1).await;

    laptop.tap("[data-testid=create]").await;
    laptop.find("form.workshop-form").await;
    let seen = laptop.script("return window.routingSeen;").await;
    assert_eq!(
        seen["bar"].as_bool(),
        Some(true),
        "the loading bar showed while the piece came"
    );
    assert_eq!(
        seen["homeBeneath"].as_bool(),
        Some(true),
        "the home page stayed on screen beneath the bar"
    );
    laptop
        .until(
            "the loading bar to go once the page is there",
            "document.querySelector('[data-testid=routing]') === null",
        )
        .await;
    laptop.close().await;
}
