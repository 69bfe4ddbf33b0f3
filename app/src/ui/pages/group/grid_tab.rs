//! The group's stakeholders on the influence/interest grid: a marker moved by touch changes
//! the two scores, a marker opened opens the stakeholder's form.

use leptos::prelude::*;

use super::state::{Form, GroupState};
use crate::chart::GridOptions;
use crate::domain::{Moment, StakeholderId};
use crate::ui::components::GridView;
use crate::ui::components::round_choice::SinceChoice;
use crate::ui::components::round_maps::RoundMaps;

#[component]
pub(super) fn GridTab(g: GroupState) -> impl IntoView {
    let locale = g.locale;
    let open_card = Callback::new(move |id: StakeholderId| {
        if let Some(s) = g.mine().into_iter().find(|s| s.id == id) {
            g.open_form(Form::Edit(s));
        }
    });
    let since = RwSignal::new(None::<Moment>);
    let options = Signal::derive(move || GridOptions {
        since: since.get(),
        ..g.grid_options.get()
    });
    start_round_maps(g);
    view! {
        <p class="hint">{move || locale.t("grid-help")}</p>
        <SinceChoice workshop=g.live_workshop since />
        <GridView
            workshop=g.live_workshop
            options
            on_move=Callback::new(move |m| g.place(m))
            on_open=open_card
        />
    }
    .into_any()
}

/// The rounds' maps for this tablet's pictures, asked for with its own token (it sees its own
/// group's part while the maps are not shared).
pub(super) fn start_round_maps(g: GroupState) {
    let maps = RoundMaps::provide();
    Effect::new(move |_| {
        if let Some(s) = g.session.get() {
            maps.start(s.workshop_id, s.token);
        }
    });
}
