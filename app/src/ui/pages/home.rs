//! The home page: join a group with its code (the tablet's way in), continue in the group the
//! tablet remembers, create a workshop, or look at the demo. A light page (`light.rs`): the
//! server renders it whole, its script joins.

use leptos::prelude::*;

use super::light::{HomeFacts, LightScript};
use super::room_addresses::RoomAddresses;
use crate::ui::components::{LabelledField, TopBar};
use crate::ui::locale::use_locale;
use crate::ui::session::moderator_link;
use crate::wire::DemoView;

/// Stands for the remembered group's name in the "continue" button's words, which the script
/// puts in its place (the name is the device's, not the server's).
const GROUP_SLOT: char = '\u{E000}';

#[component]
pub fn Home() -> impl IntoView {
    let locale = use_locale();
    let facts = HomeFacts::of_request();
    let resume = locale.t_with("home-continue", &[("group", GROUP_SLOT.to_string().into())]);
    let (before, after) = resume.split_once(GROUP_SLOT).unwrap_or((&resume, ""));
    let (before, after) = (before.to_owned(), after.to_owned());
    let addresses = facts
        .addresses
        .filter(|a| !a.addresses.is_empty())
        .map(|a| view! { <RoomAddresses addresses=a.addresses /> });
    let demo = facts.demo.map(|d| view! { <DemoBox demo=d /> });

    view! {
        <TopBar
            title=Signal::derive(move || locale.t("app-name"))
            subtitle=Signal::derive(move || locale.t("tagline"))
        />
        <main class="page home">
            <section class="panel continue" data-light="continue" hidden>
                <a class="button primary big" href="/group" data-testid="continue">
                    {before}
                    <span data-light="group"></span>
                    {after}
                </a>
            </section>
            <form class="panel join" data-light="join">
                <h2>{locale.t("home-join-title")}</h2>
                <LabelledField name="code" label="home-code-label">
                    <input
                        type="text"
                        name="code"
                        class="code-input"
                        autocomplete="off"
                        autocapitalize="characters"
                        spellcheck="false"
                        maxlength="12"
                    />
                    <span class="hint">{locale.t("home-code-hint")}</span>
                </LabelledField>
                <button type="submit" class="primary big" data-testid="join">
                    {locale.t("home-join")}
                </button>
            </form>
            <section class="panel">
                <a class="button secondary big" href="/new" data-testid="create">
                    {locale.t("home-create")}
                </a>
            </section>
            {addresses}
            {demo}
            <LightScript join_code=None />
        </main>
    }
}

#[component]
fn DemoBox(demo: DemoView) -> impl IntoView {
    let locale = use_locale();
    let moderator = moderator_link("", demo.workshop_id, &demo.moderator_key);
    let groups = demo
        .groups
        .into_iter()
        .map(|g| {
            let href = format!("/join/{}", g.join_code.unwrap_or_default());
            let words = locale.t_with("home-demo-join", &[("group", g.name.into())]);
            view! {
                <a class="button secondary" href=href>
                    {words}
                </a>
            }
        })
        .collect_view();
    view! {
        <section class="panel demo" data-testid="demo">
            <h2>
                <span class="badge demo-badge">{locale.t("demo-badge")}</span>
                " "
                {locale.t("home-demo-title")}
            </h2>
            <p class="demo-title">{demo.title}</p>
            <p class="hint">{locale.t("demo-note")}</p>
            <div class="button-row">
                <a class="button secondary" href=moderator>
                    {locale.t("home-demo-moderator")}
                </a>
                {groups}
            </div>
        </section>
    }
}
