//! The group's stakeholders on the influence/interest grid: a marker moved by touch changes
//! the two scores, a marker opened opens the stakeholder's form.

use leptos::prelude::*;

use super::state::{Form, GroupState};
use crate::domain::StakeholderId;
use crate::ui::components::GridView;

#[component]
pub(super) fn GridTab(g: GroupState) -> impl IntoView {
    let locale = g.locale;
    let open_card = Callback::new(move |id: StakeholderId| {
        if let Some(s) = g.mine().into_iter().find(|s| s.id == id) {
            g.open_form(Form::Edit(s));
        }
    });
    view! {
        <p class="hint">{move || locale.t("grid-help")}</p>
        <GridView
            workshop=g.live_workshop
            options=g.grid_options
            on_move=Callback::new(move |m| g.place(m))
            on_open=open_card
        />
    }
    .into_any()
}
