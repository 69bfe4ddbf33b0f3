//! The printable report (`/moderator/:id/report`): the workshop's header, then each group's
//! grid, stakeholders, relationships, graph and measures, then the combined map with where the
//! groups disagree and the worksheet: one A4 document the browser saves as PDF. The pictures
//! and the measures, contested and worksheet tables are the moderator page's own components;
//! the print stylesheet (the end of `style/main.css`) leaves out the app around the document.
//!
//! Written in the workshop's language; the language switch changes it (and, as everywhere,
//! the device's language).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::chart::GridOptions;
use crate::domain::{
    Actor, CombinedMap, GroupId, Language, Quadrant, Stakeholder, Workshop, combine,
};
use crate::ui::browser;
use crate::ui::components::{Contested, Frame, PictureKind, PictureView, TopBar, Worksheet};
use crate::ui::live::Live;
use crate::ui::locale::{Locale, use_locale};
use crate::ui::session::moderator_key;

/// Whose language the report speaks: the device's until the workshop has loaded, then the
/// workshop's, until the reader picks another.
#[derive(Clone, Copy, PartialEq)]
enum Words {
    Waiting,
    Workshop(Language),
    Chosen,
}

#[component]
pub fn ReportPage() -> impl IntoView {
    let device = use_locale();
    // The report's own locale, which everything on this page reads from the context. It starts
    // as the device's (so the server's render and hydration agree).
    let locale = Locale::provide();
    let params = use_params_map();
    let live = RwSignal::new(None::<Live>);
    let missing_key = RwSignal::new(false);
    let made = RwSignal::new(String::new());

    Effect::new(move |_| {
        let id = params.read().get("id").unwrap_or_default();
        made.set(today());
        match moderator_key(&id) {
            Some(key) => {
                live.set(Some(Live::start(&id, &key, Actor::Moderator)));
                // The key is remembered now; out of the address bar, it cannot end up in a
                // printed page's header or footer.
                drop_fragment(100);
            }
            None => missing_key.set(true),
        }
    });
    let workshop = Signal::derive(move || live.get().and_then(|l| l.workshop.get()));

    let words = StoredValue::new(Words::Waiting);
    Effect::new(move |_| {
        let Some(lang) = workshop.with(|w| w.as_ref().map(Workshop::language)) else {
            return;
        };
        if words.get_value() == Words::Waiting {
            words.set_value(Words::Workshop(lang));
            locale.set(lang);
            // `set` also remembers the language for the device: opening a report must not.
            browser::remember_language(untrack(move || device.lang()));
        }
    });
    // A language picked on this page is the device's choice, as on every other page.
    Effect::new(move |_| {
        let lang = locale.lang();
        match words.get_value() {
            Words::Waiting => {}
            Words::Workshop(shown) if shown == lang => {}
            _ => {
                words.set_value(Words::Chosen);
                if untrack(move || device.lang()) != lang {
                    device.set(lang);
                }
            }
        }
    });

    let ready = Memo::new(move |_| workshop.with(Option::is_some));
    let title = Signal::derive(move || locale.t("report-title"));
    let subtitle = Signal::derive(move || {
        workshop
            .with(|w| w.as_ref().map(|w| w.title().to_owned()))
            .unwrap_or_default()
    });
    // Also the PDF's suggested file name.
    let document_title = move || {
        let name = subtitle.get();
        if name.is_empty() {
            title.get()
        } else {
            format!("{name} — {}", title.get())
        }
    };
    let back = move || format!("/moderator/{}", params.read().get("id").unwrap_or_default());

    let body = move || {
        if missing_key.get() {
            return view! {
                <p class="field-error" role="alert">
                    {locale.t("moderator-no-key")}
                </p>
            }
            .into_any();
        }
        if !ready.get() {
            return view! { <p class="loading">{locale.t("loading")}</p> }.into_any();
        }
        view! { <ReportDocument workshop made /> }.into_any()
    };

    view! {
        <Title text=document_title />
        <div class="report">
            <TopBar title subtitle />
            <main class="report-page">
                <div class="report-toolbar">
                    <button
                        type="button"
                        class="button primary big"
                        data-testid="print"
                        on:click=move |_| print()
                    >
                        {move || locale.t("report-print")}
                    </button>
                    <a class="button secondary" href=back>
                        {move || locale.t("back")}
                    </a>
                </div>
                {body}
            </main>
        </div>
    }
    .into_any()
}

#[component]
fn ReportDocument(workshop: Signal<Option<Workshop>>, made: RwSignal<String>) -> impl IntoView {
    let locale = use_locale();
    let groups = Memo::new(move |_| {
        workshop.with(|w| {
            w.as_ref()
                .map(|w| w.groups().iter().map(|g| g.id()).collect::<Vec<GroupId>>())
                .unwrap_or_default()
        })
    });
    let combined = Memo::new(move |_| {
        workshop.with(|w| {
            w.as_ref()
                .is_some_and(|w| w.groups().len() > 1 || !w.merges().is_empty())
        })
    });
    let sections = move || {
        groups
            .get()
            .into_iter()
            .map(|group| view! { <GroupSection workshop group /> })
            .collect_view()
    };
    view! {
        <article
            class="report-sheet"
            data-testid="report-document"
            lang=move || locale.lang().code()
        >
            <ReportHeader workshop made />
            {sections}
            <Show when=move || combined.get()>
                <CombinedSection workshop />
            </Show>
        </article>
    }
    .into_any()
}

/// Title, focal subject, question, date, place, the groups with what each entered, and when
/// the report was made.
#[component]
fn ReportHeader(workshop: Signal<Option<Workshop>>, made: RwSignal<String>) -> impl IntoView {
    let locale = use_locale();
    move || {
        let w = workshop.get()?;
        let facts = [
            ("report-focal", w.focal().to_owned()),
            ("field-question", w.question().to_owned()),
            ("field-date", w.date().to_owned()),
            ("field-place", w.place().to_owned()),
            ("report-made", made.get()),
        ]
        .into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(key, value)| {
            view! {
                <div>
                    <dt>{locale.t(key)}</dt>
                    <dd>{value}</dd>
                </div>
            }
        })
        .collect_view();
        let groups = w
            .groups()
            .iter()
            .map(|g| {
                let id = g.id();
                let people = w.stakeholders().iter().filter(|s| s.group() == id).count();
                let links = w.relationships().iter().filter(|r| r.group() == id).count();
                view! {
                    <tr data-testid="report-group-row">
                        <th scope="row">{g.name().to_owned()}</th>
                        <td class="number">{people}</td>
                        <td class="number">{links}</td>
                    </tr>
                }
            })
            .collect_view();
        let demo = w
            .is_demo()
            .then(|| view! { <p class="demo-note">{locale.t("demo-note")}</p> });
        Some(
            view! {
                <header class="report-header">
                    <p class="report-kind">{locale.t("report-title")}</p>
                    <h1 data-testid="report-title">{w.title().to_owned()}</h1>
                    <dl class="report-facts">{facts}</dl>
                    {demo}
                    <table class="report-table report-groups">
                        <thead>
                            <tr>
                                <th scope="col">{locale.t("export-col-group")}</th>
                                <th scope="col">{locale.t("report-stakeholders")}</th>
                                <th scope="col">{locale.t("report-relationships")}</th>
                            </tr>
                        </thead>
                        <tbody>{groups}</tbody>
                    </table>
                </header>
            }
            .into_any(),
        )
    }
}

/// One group, from a new page: its grid, its stakeholders and relationships, its graph and
/// the graph's measures.
#[component]
fn GroupSection(workshop: Signal<Option<Workshop>>, group: GroupId) -> impl IntoView {
    let locale = use_locale();
    let options = Signal::derive(move || GridOptions::group(group));
    let name = move || {
        workshop
            .with(|w| {
                w.as_ref()
                    .and_then(|w| w.group(group))
                    .map(|g| g.name().to_owned())
            })
            .unwrap_or_default()
    };
    // The headings' ids, which name the tables' scrolling boxes (`TableWrap`).
    let id = move |part: &str| format!("report-{part}-{group}");
    view! {
        <section
            class="report-section report-group"
            data-testid="report-group"
            data-group=group.to_string()
        >
            <h2 id=id("group")>{name}</h2>
            <ReportPicture kind=PictureKind::Grid workshop options />
            <div class="report-block">
                <h3 id=id("stakeholders")>{move || locale.t("report-stakeholders")}</h3>
                <StakeholderTable workshop group />
            </div>
            <div class="report-block">
                <h3 id=id("relationships")>{move || locale.t("report-relationships")}</h3>
                <RelationshipTable workshop group />
            </div>
            <ReportPicture kind=PictureKind::Graph workshop options />
        </section>
    }
    .into_any()
}

/// The combined map, from a new page: its grid and graph, where the groups disagree, and the
/// worksheet.
#[component]
fn CombinedSection(workshop: Signal<Option<Workshop>>) -> impl IntoView {
    let locale = use_locale();
    let options = Signal::derive(|| GridOptions {
        combined: true,
        ..GridOptions::default()
    });
    // Computed once per change for the grid, the graph, the disagreements and the worksheet.
    let map = Memo::new(move |_| workshop.with(|w| w.as_ref().map(combine)));
    let shared = Signal::derive(move || map.get());
    let worksheet = move || {
        let w = workshop.get()?;
        let rows = map.with(|m| m.as_ref().map(|m| m.stakeholders.clone()))?;
        Some(view! { <Worksheet workshop=w rows /> }.into_any())
    };
    view! {
        <section class="report-section report-combined" data-testid="report-combined">
            <h2>{move || locale.t("grid-combined")}</h2>
            <ReportPicture kind=PictureKind::Grid workshop options map=shared />
            <ReportPicture kind=PictureKind::Graph workshop options map=shared />
            <div class="report-block">
                <h3>{move || locale.t("combined-contested")}</h3>
                {view! { <Contested workshop map=shared list_open=true /> }.into_any()}
            </div>
            <div class="report-block">
                <h3>{move || locale.t("report-worksheet")}</h3>
                {worksheet}
            </div>
        </section>
    }
    .into_any()
}

/// The grid, or the relationship graph with its measures table (degree, brokerage,
/// component, community): the moderator page's own component.
#[component]
fn ReportPicture(
    kind: PictureKind,
    workshop: Signal<Option<Workshop>>,
    options: Signal<GridOptions>,
    /// The combined map, when the section shows it.
    #[prop(optional)]
    map: Option<Signal<Option<CombinedMap>>>,
) -> impl IntoView {
    let locale = use_locale();
    let (class, heading) = match kind {
        PictureKind::Grid => ("report-picture", "moderator-grid"),
        PictureKind::Graph => ("report-graph", "report-graph"),
    };
    let frame = Frame {
        map,
        ..Frame::new(workshop, options)
    };
    view! {
        <div class=class>
            <h3>{move || locale.t(heading)}</h3>
            <PictureView kind frame />
        </div>
    }
    .into_any()
}

/// A name from the locale, or the id itself for a workshop's own categories and levels.
fn named(locale: Locale, prefix: &str, id: &str) -> String {
    let key = format!("{prefix}-{id}");
    let text = locale.t(&key);
    if text == key { id.to_owned() } else { text }
}

/// Every field of a group's stakeholders (but notes), by category and level as on the
/// worksheet.
#[component]
fn StakeholderTable(workshop: Signal<Option<Workshop>>, group: GroupId) -> impl IntoView {
    let locale = use_locale();
    move || {
        let w = workshop.get()?;
        let mut list: Vec<&Stakeholder> = w
            .stakeholders()
            .iter()
            .filter(|s| s.group() == group)
            .collect();
        if list.is_empty() {
            return Some(view! { <p class="hint">{locale.t("report-none")}</p> }.into_any());
        }
        let rank = |s: &Stakeholder| {
            (
                w.categories().iter().position(|c| c == s.category()),
                w.levels().iter().position(|l| l == s.level()),
            )
        };
        list.sort_by(|a, b| rank(a).cmp(&rank(b)).then(a.name().cmp(b.name())));
        let rows = list
            .into_iter()
            .map(|s| {
                let quadrant = Quadrant::of(w.scale(), s.interest(), s.influence());
                view! {
                    <tr data-testid="report-stakeholder" data-id=s.id().to_string()>
                        <th scope="row">{s.name().to_owned()}</th>
                        <td>
                            {named(locale, "category", s.category().as_str())} " · "
                            {named(locale, "level", s.level().as_str())}
                        </td>
                        <td class="number">{format!("{} / {}", s.interest(), s.influence())}</td>
                        <td>{locale.t(&format!("quadrant-{}", quadrant.as_str()))}</td>
                        <td>{locale.t(&format!("attitude-{}", s.attitude().as_str()))}</td>
                        <td class="text">{s.interests().to_owned()}</td>
                        <td class="text">{s.cooperation().to_owned()}</td>
                    </tr>
                }
                .into_any()
            })
            .collect_view();
        // Seven columns fit a portrait page: category with level, interest with influence.
        let both = |a: &str, b: &str, between: &str| {
            format!("{}{between}{}", locale.t(a), locale.t(b).to_lowercase())
        };
        let heads = [
            locale.t("export-col-name"),
            both("export-col-category", "export-col-level", " · "),
            both("export-col-interest", "export-col-influence", " / "),
            locale.t("export-col-quadrant"),
            locale.t("export-col-attitude"),
            locale.t("export-col-interests"),
            locale.t("export-col-cooperation"),
        ]
        .into_iter()
        .map(|text| view! { <th scope="col">{text}</th> })
        .collect_view();
        Some(
            view! {
                <TableWrap labelled_by=format!("report-group-{group} report-stakeholders-{group}")>
                    <table
                        class="report-table report-stakeholders"
                        data-testid="report-stakeholders"
                    >
                        <thead>
                            <tr>{heads}</tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </TableWrap>
            }
            .into_any(),
        )
    }
}

/// A table's box, which scrolls sideways on a narrow screen: a region named by the headings
/// `labelled_by` lists, reachable with Tab so that the keyboard can scroll it too.
#[component]
fn TableWrap(labelled_by: String, children: Children) -> impl IntoView {
    view! {
        <div class="report-table-wrap" role="region" tabindex="0" aria-labelledby=labelled_by>
            {children()}
        </div>
    }
}

/// A group's relationships: who, with whom, kind, strength and direction.
#[component]
fn RelationshipTable(workshop: Signal<Option<Workshop>>, group: GroupId) -> impl IntoView {
    let locale = use_locale();
    move || {
        let w = workshop.get()?;
        let name = |id| {
            w.stakeholder(id)
                .map(|s| s.name().to_owned())
                .unwrap_or_default()
        };
        let rows = w
            .relationships()
            .iter()
            .filter(|r| r.group() == group)
            .map(|r| {
                let direction = if r.directed() {
                    "export-one-way"
                } else {
                    "export-mutual"
                };
                view! {
                    <tr data-testid="report-relationship">
                        <td class="text">{name(r.from())}</td>
                        <td class="text">{name(r.to())}</td>
                        <td>{locale.t(&format!("kind-{}", r.kind().as_str()))}</td>
                        <td>{locale.t(&format!("strength-{}", r.strength()))}</td>
                        <td>{locale.t(direction)}</td>
                    </tr>
                }
                .into_any()
            })
            .collect::<Vec<_>>();
        if rows.is_empty() {
            return Some(view! { <p class="hint">{locale.t("relationships-none")}</p> }.into_any());
        }
        let heads = [
            "export-col-from",
            "export-col-to",
            "export-col-kind",
            "export-col-strength",
            "export-col-direction",
        ]
        .into_iter()
        .map(|key| view! { <th scope="col">{locale.t(key)}</th> })
        .collect_view();
        Some(
            view! {
                <TableWrap labelled_by=format!("report-group-{group} report-relationships-{group}")>
                    <table
                        class="report-table report-relationships"
                        data-testid="report-relationships"
                    >
                        <thead>
                            <tr>{heads}</tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </TableWrap>
            }
            .into_any(),
        )
    }
}

/// Opens the browser's print dialog (where "Save as PDF" is).
#[cfg(feature = "hydrate")]
fn print() {
    let _ = window().print();
}

/// Today on this device's calendar, as the workshop's date is written (2022-07-18).
#[cfg(feature = "hydrate")]
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Takes the `#key=…` fragment out of the address (and the history entry) without reloading,
/// once the address is the report's: after a link on the moderator page, the router changes
/// the address only when the new page is ready.
#[cfg(feature = "hydrate")]
fn drop_fragment(tries: u8) {
    use wasm_bindgen::{JsCast, JsValue};
    let window = window();
    let location = window.location();
    if location.hash().unwrap_or_default().is_empty() {
        return;
    }
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    if !path.ends_with("/report") {
        if tries > 0 {
            set_timeout(
                move || drop_fragment(tries - 1),
                std::time::Duration::from_millis(50),
            );
        }
        return;
    }
    let Ok(history) = js_sys::Reflect::get(&window, &"history".into()) else {
        return;
    };
    if let Ok(replace) = js_sys::Reflect::get(&history, &"replaceState".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let state = js_sys::Reflect::get(&history, &"state".into()).unwrap_or(JsValue::NULL);
        let _ = replace.call3(
            &history,
            &state,
            &"".into(),
            &format!("{path}{search}").into(),
        );
    }
}

#[cfg(not(feature = "hydrate"))]
fn print() {}

#[cfg(not(feature = "hydrate"))]
fn today() -> String {
    String::new()
}

#[cfg(not(feature = "hydrate"))]
fn drop_fragment(_: u8) {}
