//! Every group's map and the combined map, read-only, while the moderator shares them with
//! the groups: the tablet's feed then carries the whole workshop.

use leptos::prelude::*;

use super::state::GroupState;
use crate::chart::{GridOptions, Scope};
use crate::ui::components::{Choice, Frame, PictureKind, PictureView};

#[component]
pub(super) fn AllMapsTab(g: GroupState) -> impl IntoView {
    let locale = g.locale;
    let scope = RwSignal::new(Scope::AllGroups);
    let options = Signal::derive(move || GridOptions::scope(scope.get()));
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
        <PictureView kind=PictureKind::Grid frame />
    }
    .into_any()
}
