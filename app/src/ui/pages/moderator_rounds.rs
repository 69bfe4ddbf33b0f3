//! The rounds on the moderator's pictures section: closing one (an edit proposed through the
//! live feed, as the timer's are), the moment the pictures show and the round they are
//! compared with, and then the table of what moved, quadrant changes first.

use leptos::prelude::*;

use crate::chart::{GridInput, GridOptions, Move, moves};
use crate::domain::{Change, CombinedMap, Edit, Moment, Quadrant, Workshop, limits};
use crate::i18n::moment_name;
use crate::ui::browser;
use crate::ui::client::ApiFailure;
use crate::ui::components::{Choice, ErrorMessage, FormErrors, Frame, LabelledField};
use crate::ui::live::Live;
use crate::ui::locale::use_locale;
use crate::ui::pages::moderator_choice::PictureChoice;
use crate::wire::ErrorDetail;

/// Close a round (with the moderator's `feed`); choose what the pictures show and compare.
#[component]
pub fn RoundsPanel(
    feed: Option<RwSignal<Option<Live>>>,
    #[prop(into)] workshop: Signal<Option<Workshop>>,
    #[prop(into)] map: Signal<Option<CombinedMap>>,
    choice: PictureChoice,
) -> impl IntoView {
    let locale = use_locale();
    let name = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiFailure>);
    let close = move |_| {
        let Some(live) = feed.and_then(|f| f.get_untracked()) else {
            return;
        };
        let change = Change::CloseRound {
            name: name.get_untracked(),
        };
        match live.propose(Edit {
            id: browser::new_edit_id(),
            change,
        }) {
            Ok(()) => {
                failure.set(None);
                name.set(String::new());
            }
            Err(e) => failure.set(Some(ApiFailure::invalid(ErrorDetail::from(&e)))),
        }
    };
    // Every round by its name, in the reader's language when it has none.
    let named = move |with_now: bool| {
        let lang = locale.lang();
        workshop.with(|w| {
            let Some(w) = w else { return Vec::new() };
            let rounds = (1..=w.rounds().len()).map(Moment::Round);
            with_now
                .then_some(Moment::Now)
                .into_iter()
                .chain(rounds)
                .map(|m| (m, moment_name(w, m, lang)))
                .collect::<Vec<_>>()
        })
    };
    let at_options = Signal::derive(move || named(true));
    let since_options = Signal::derive(move || {
        std::iter::once((None, locale.t("rounds-compare-none")))
            .chain(named(false).into_iter().map(|(m, n)| (Some(m), n)))
            .collect::<Vec<_>>()
    });
    let any = move || workshop.with(|w| w.as_ref().is_some_and(|w| !w.rounds().is_empty()));

    view! {
        <section class="rounds" data-testid="rounds">
            <h3>{move || locale.t("rounds-heading")}</h3>
            {feed
                .map(|_| {
                    view! {
                        <div class="rounds-close">
                            <LabelledField label="rounds-name">
                                <input
                                    type="text"
                                    name="round-name"
                                    autocomplete="off"
                                    maxlength=limits::ROUND_NAME.to_string()
                                    placeholder=move || locale.t("rounds-name-example")
                                    prop:value=move || name.get()
                                    on:input=move |ev| name.set(event_target_value(&ev))
                                />
                            </LabelledField>
                            <button
                                type="button"
                                class="primary big"
                                data-testid="close-round"
                                disabled=move || feed.is_none_or(|f| f.with(Option::is_none))
                                on:click=close
                            >
                                {move || locale.t("rounds-close")}
                            </button>
                        </div>
                    }
                })}
            <ErrorMessage error=FormErrors::new(failure, &[]).general() />
            <Show
                when=any
                fallback=move || view! { <p class="hint">{move || locale.t("rounds-none")}</p> }
            >
                <Choice name="round-at" label="rounds-at" options=at_options selected=choice.at />
                <Choice
                    name="round-since"
                    label="rounds-compare"
                    options=since_options
                    selected=choice.since
                />
            </Show>
            <Show when=move || choice.since.with(Option::is_some)>
                <MovesTable workshop map options=choice.options() />
            </Show>
        </section>
    }
}

/// What moved between the two moments of the grid as chosen, quadrant changes first.
#[component]
fn MovesTable(
    workshop: Signal<Option<Workshop>>,
    map: Signal<Option<CombinedMap>>,
    options: Signal<GridOptions>,
) -> impl IntoView {
    let locale = use_locale();
    let input = Frame::new(workshop, options).map(map).input::<GridInput>();
    let rows = Memo::new(move |_| {
        input.with(|i| {
            let i = i.as_ref()?;
            let earlier = i.earlier.as_ref()?;
            Some((moves(&earlier.points, &i.points, i.scale), i.groups.clone()))
        })
    });
    let place = move |at: Option<(f64, f64)>, quadrant: Option<Quadrant>, missing: &str| match (
        at, quadrant,
    ) {
        (Some((interest, influence)), Some(q)) => format!(
            "{} · {}",
            locale.t_with(
                "rounds-place",
                &[("interest", interest.into()), ("influence", influence.into())],
            ),
            locale.word(&q)
        ),
        _ => locale.t(missing),
    };
    let row = move |m: Move, groups: &[String]| {
        let group = groups.get(m.group).cloned().unwrap_or_default();
        view! {
            <tr class:quadrant-change=m.changed_quadrant() data-testid="moved">
                <td>{m.name.clone()}</td>
                <td>{group}</td>
                <td>{place(m.before, m.quadrant_before, "rounds-new")}</td>
                <td>{place(m.after, m.quadrant_after, "rounds-gone")}</td>
            </tr>
        }
    };
    view! {
        <div class="moves" data-testid="moves">
            <h3>{move || locale.t("rounds-moves")}</h3>
            {move || {
                let Some((moved, groups)) = rows.get() else {
                    return view! { <p class="hint">{locale.t("rounds-loading")}</p> }.into_any();
                };
                if moved.is_empty() {
                    return view! { <p class="hint">{locale.t("rounds-nothing-moved")}</p> }
                        .into_any();
                }
                view! {
                    <table class="measures moves-table">
                        <thead>
                            <tr>
                                <th>{locale.t("field-name")}</th>
                                <th>{locale.t("rounds-col-group")}</th>
                                <th>{locale.t("rounds-col-before")}</th>
                                <th>{locale.t("rounds-col-after")}</th>
                            </tr>
                        </thead>
                        <tbody>{moved.into_iter().map(|m| row(m, &groups)).collect_view()}</tbody>
                    </table>
                }
                    .into_any()
            }}
        </div>
    }
}
