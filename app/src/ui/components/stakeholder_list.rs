//! Stakeholders grouped by category, with level and scores at a glance. Tapping a card
//! opens it when the list is editable.

use leptos::prelude::*;

use crate::domain::CategoryId;
use crate::ui::locale::use_locale;
use crate::wire::StakeholderView;

#[component]
pub fn StakeholderList(
    #[prop(into)] categories: Signal<Vec<CategoryId>>,
    #[prop(into)] stakeholders: Signal<Vec<StakeholderView>>,
    #[prop(optional)] on_open: Option<Callback<StakeholderView>>,
) -> impl IntoView {
    let locale = use_locale();
    move || {
        let all = stakeholders.get();
        if all.is_empty() {
            return view! { <p class="empty">{locale.t("empty-list")}</p> }.into_any();
        }
        categories
            .get()
            .into_iter()
            .filter_map(|category| {
                let members: Vec<StakeholderView> = all
                    .iter()
                    .filter(|s| s.category == category)
                    .cloned()
                    .collect();
                if members.is_empty() {
                    return None;
                }
                let cards = members
                    .into_iter()
                    .map(|s| view! { <StakeholderCard stakeholder=s on_open /> })
                    .collect_view();
                Some(view! {
                    <section
                        class=format!("category category-{category}")
                        data-category=category.to_string()
                    >
                        <h2>{locale.word(&category)}</h2>
                        <ul class="cards">{cards}</ul>
                    </section>
                })
            })
            .collect_view()
            .into_any()
    }
}

#[component]
fn StakeholderCard(
    stakeholder: StakeholderView,
    on_open: Option<Callback<StakeholderView>>,
) -> impl IntoView {
    let locale = use_locale();
    let s = stakeholder.clone();
    let level = locale.word(&s.level);
    let attitude = s.attitude.as_str();
    let body = view! {
        <span class="card-name">{s.name.clone()}</span>
        <span class="card-meta">
            <span class=format!("badge level-{}", s.level)>{level}</span>
            <span class="score" title=locale.t("field-interest")>
                {locale.t("short-interest")}
                " "
                <b data-testid="interest">{s.interest}</b>
            </span>
            <span class="score" title=locale.t("field-influence")>
                {locale.t("short-influence")}
                " "
                <b data-testid="influence">{s.influence}</b>
            </span>
            <span class=format!("badge attitude-{attitude}")>{locale.word(&s.attitude)}</span>
        </span>
    };
    match on_open {
        Some(open) => view! {
            <li class="card" data-testid="stakeholder" data-id=s.id.to_string()>
                <button
                    type="button"
                    class="card-button"
                    on:click=move |_| open.run(stakeholder.clone())
                >
                    {body}
                </button>
            </li>
        }
        .into_any(),
        None => view! {
            <li class="card" data-testid="stakeholder" data-id=s.id.to_string()>
                <div class="card-button">{body}</div>
            </li>
        }
        .into_any(),
    }
}
