//! Choosing rounds: every closed round by its name ([`round_names`]), and the tablet's
//! "changes since" choice ([`SinceChoice`]), shown once the moderator has closed a round.

use leptos::prelude::*;

use crate::domain::{Moment, Workshop};
use crate::i18n::moment_name;
use crate::ui::components::Choice;
use crate::ui::locale::use_locale;

/// Every closed round of the workshop by its name (the default one in the reader's language),
/// after "now" when `with_now`.
pub fn round_names(
    workshop: Signal<Option<Workshop>>,
    with_now: bool,
) -> Signal<Vec<(Moment, String)>> {
    let locale = use_locale();
    Signal::derive(move || {
        let lang = locale.lang();
        workshop.with(|w| {
            let Some(w) = w else { return Vec::new() };
            let rounds = (1..=w.rounds().len()).map(Moment::Round);
            with_now
                .then_some(Moment::Now)
                .into_iter()
                .chain(rounds)
                .map(|m| (m, moment_name(w, m, lang)))
                .collect()
        })
    })
}

/// "Compare with": no comparison, or one of the closed rounds.
pub fn since_options(workshop: Signal<Option<Workshop>>) -> Signal<Vec<(Option<Moment>, String)>> {
    let locale = use_locale();
    let rounds = round_names(workshop, false);
    Signal::derive(move || {
        std::iter::once((None, locale.t("rounds-compare-none")))
            .chain(rounds.get().into_iter().map(|(m, n)| (Some(m), n)))
            .collect()
    })
}

/// The grid now compared with a round, once there is one.
#[component]
pub fn SinceChoice(
    #[prop(into)] workshop: Signal<Option<Workshop>>,
    since: RwSignal<Option<Moment>>,
) -> impl IntoView {
    let options = since_options(workshop);
    let any = move || workshop.with(|w| w.as_ref().is_some_and(|w| !w.rounds().is_empty()));
    view! {
        <Show when=any>
            <Choice name="round-since" label="rounds-compare" options selected=since />
        </Show>
    }
}
