//! Every group's map and the combined map, read-only, while the moderator shares them with
//! the groups: the tablet's feed then carries the whole workshop.

use leptos::prelude::*;

use super::state::GroupState;
use crate::chart::{GridOptions, Scope};
use crate::domain::Moment;
use crate::ui::components::round_choice::SinceChoice;
use crate::ui::components::{Choice, Frame, PictureKind, PictureView};

#[component]
pub(super) fn AllMapsTab(g: GroupState) -> impl IntoView {
    let locale = g.locale;
    let scope = RwSignal::new(Scope::AllGroups);
    let since = RwSignal::new(None::<Moment>);
    let options = Signal::derive(move || GridOptions {
        since: since.get(),
        ..GridOptions::scope(scope.get())
    });
    super::grid_tab::start_round_maps(g);
    let scopes = Signal::derive(move || {
        vec![
            (Scope::AllGroups, locale.t("grid-all-groups")),
            (Scope::Combined, locale.t("grid-combined")),
        ]
    });
    let frame = Frame::new(g.live_workshop, options);
    view! {
        <p class="hint" data-testid="all-maps">
            {move || locale.t("all-maps-hint")}
        </p>
        <Choice name="all-maps-scope" label="tab-all-maps" options=scopes selected=scope />
        <SinceChoice workshop=g.live_workshop since />
        <PictureView kind=PictureKind::Grid frame />
    }
    .into_any()
}
