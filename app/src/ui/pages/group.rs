//! A breakout group's page on its tablet: the group's stakeholders by category, and the form
//! to add, edit and delete them.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::domain::{EditId, StakeholderId};
use crate::ui::browser;
use crate::ui::client::{self, ApiFailure};
use crate::ui::components::{StakeholderForm, StakeholderInput, StakeholderList, TopBar};
use crate::ui::locale::use_locale;
use crate::ui::session::GroupSession;
use crate::wire::{NewStakeholder, PatchStakeholder, StakeholderView, WorkshopView};

#[derive(Clone, PartialEq)]
enum Mode {
    List,
    New,
    Edit(StakeholderView),
}

#[component]
pub fn GroupPage() -> impl IntoView {
    let locale = use_locale();
    let session = RwSignal::new(None::<GroupSession>);
    let checked = RwSignal::new(false);
    let workshop = RwSignal::new(None::<WorkshopView>);
    let load_failure = RwSignal::new(None::<ApiFailure>);
    let mode = RwSignal::new(Mode::List);
    let failure = RwSignal::new(None::<ApiFailure>);
    let busy = RwSignal::new(false);
    let navigate = use_navigate();

    Effect::new(move |_| {
        let remembered = GroupSession::load();
        session.set(remembered.clone());
        checked.set(true);
        if let Some(s) = remembered {
            spawn_local(async move {
                match client::workshop(&s.workshop_id, &s.token).await {
                    Ok(w) => workshop.set(Some(w)),
                    Err(e) => load_failure.set(Some(e)),
                }
            });
        }
    });

    let mine = move || {
        let group = session.get().map(|s| s.group_id).unwrap_or_default();
        workshop
            .get()
            .map(|w| {
                w.stakeholders
                    .into_iter()
                    .filter(|s| s.group_id == group)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };

    // Ids for what the open form will save, made when it opens: saving again after a dropped
    // connection repeats the same edit, which the server applies once.
    let draft = StoredValue::new(Draft::new());
    let open_form = move |next: Mode| {
        failure.set(None);
        draft.set_value(Draft::new());
        mode.set(next);
    };

    let save = Callback::new(move |input: StakeholderInput| {
        let (Some(s), Mode::New | Mode::Edit(_)) = (session.get_untracked(), mode.get_untracked())
        else {
            return;
        };
        busy.set(true);
        failure.set(None);
        let editing = mode.get_untracked();
        let Draft {
            save: edit, new_id, ..
        } = draft.get_value();
        spawn_local(async move {
            let result = match editing {
                Mode::Edit(before) => {
                    let patch = changed_fields(&before, input);
                    client::patch_stakeholder(&s.workshop_id, &s.token, &edit, &before.id, &patch)
                        .await
                }
                _ => {
                    let body = NewStakeholder {
                        id: Some(new_id),
                        group_id: None,
                        fields: input,
                    };
                    client::add_stakeholder(&s.workshop_id, &s.token, &edit, &body).await
                }
            };
            match result {
                Ok(saved) => {
                    workshop.update(|w| {
                        if let Some(w) = w {
                            match w.stakeholders.iter_mut().find(|x| x.id == saved.id) {
                                Some(existing) => *existing = saved,
                                None => w.stakeholders.push(saved),
                            }
                        }
                    });
                    mode.set(Mode::List);
                }
                Err(e) => failure.set(Some(e)),
            }
            busy.set(false);
        });
    });

    let delete = Callback::new(move |_: ()| {
        let (Some(s), Mode::Edit(target)) = (session.get_untracked(), mode.get_untracked()) else {
            return;
        };
        let question = locale.t_with("confirm-delete", &[("name", target.name.clone().into())]);
        if !browser::confirm(&question) {
            return;
        }
        busy.set(true);
        let edit = draft.get_value().delete;
        spawn_local(async move {
            match client::delete_stakeholder(&s.workshop_id, &s.token, &edit, &target.id).await {
                Ok(()) => {
                    workshop.update(|w| {
                        if let Some(w) = w {
                            w.stakeholders.retain(|x| x.id != target.id);
                        }
                    });
                    mode.set(Mode::List);
                }
                Err(e) => failure.set(Some(e)),
            }
            busy.set(false);
        });
    });

    let leave = move |_| {
        GroupSession::forget();
        navigate("/", Default::default());
    };

    let title = Signal::derive(move || session.get().map(|s| s.group_name).unwrap_or_default());
    let subtitle = Signal::derive(move || workshop.get().map(|w| w.title).unwrap_or_default());

    let body = move || {
        if !checked.get() {
            return view! { <p class="loading">{locale.t("loading")}</p> }.into_any();
        }
        if session.get().is_none() {
            return view! { <NotJoined /> }.into_any();
        }
        if let Some(e) = load_failure.get() {
            return view! {
                <p class="field-error" role="alert">
                    {e.message(locale.lang())}
                </p>
                <NotJoined />
            }
            .into_any();
        }
        let Some(w) = workshop.get() else {
            return view! { <p class="loading">{locale.t("loading")}</p> }.into_any();
        };
        match mode.get() {
            Mode::List => {
                let categories = w.categories.clone();
                view! {
                    <Show when=move || workshop.get().is_some_and(|w| w.demo)>
                        <p class="demo-note">{move || locale.t("demo-note")}</p>
                    </Show>
                    <div class="list-head">
                        <p class="count" data-testid="count">
                            {move || {
                                let n = mine().len();
                                locale.t_with("stakeholder-count", &[("count", n.into())])
                            }}
                        </p>
                        <button
                            type="button"
                            class="primary big"
                            data-testid="add"
                            on:click=move |_| open_form(Mode::New)
                        >
                            {move || locale.t("add-stakeholder")}
                        </button>
                    </div>
                    <StakeholderList
                        categories=categories
                        stakeholders=Signal::derive(mine)
                        on_open=Callback::new(move |s| open_form(Mode::Edit(s)))
                    />
                }
                .into_any()
            }
            Mode::New => view! {
                <StakeholderForm
                    workshop=w
                    initial=None
                    failure
                    busy
                    on_submit=save
                    on_cancel=Callback::new(move |_| mode.set(Mode::List))
                />
            }
            .into_any(),
            Mode::Edit(s) => view! {
                <StakeholderForm
                    workshop=w
                    initial=Some(s)
                    failure
                    busy
                    on_submit=save
                    on_cancel=Callback::new(move |_| mode.set(Mode::List))
                    on_delete=delete
                />
            }
            .into_any(),
        }
    };

    view! {
        <TopBar title subtitle />
        <main class="page group">
            {body} <Show when=move || session.get().is_some()>
                <button type="button" class="secondary leave" on:click=leave.clone()>
                    {move || locale.t("leave-group")}
                </button>
            </Show>
        </main>
    }
}

/// The ids an open form's edits will carry.
#[derive(Clone)]
struct Draft {
    save: EditId,
    delete: EditId,
    new_id: StakeholderId,
}

impl Draft {
    fn new() -> Self {
        Self {
            save: browser::new_edit_id(),
            delete: browser::new_edit_id(),
            new_id: StakeholderId::from_random_bytes(browser::random_bytes()),
        }
    }
}

#[component]
fn NotJoined() -> impl IntoView {
    let locale = use_locale();
    view! {
        <p>{move || locale.t("not-joined")}</p>
        <a class="button primary big" href="/">
            {move || locale.t("go-home")}
        </a>
    }
}

/// Only the fields the person changed, so that two tablets editing different fields of the
/// same stakeholder do not overwrite each other.
fn changed_fields(before: &StakeholderView, after: StakeholderInput) -> PatchStakeholder {
    let text = |old: &str, new: String| (old != new).then_some(new);
    PatchStakeholder {
        name: text(&before.name, after.name),
        category: text(&before.category, after.category),
        level: text(&before.level, after.level),
        interest: (i64::from(before.interest) != after.interest).then_some(after.interest),
        influence: (i64::from(before.influence) != after.influence).then_some(after.influence),
        attitude: (before.attitude != after.attitude).then_some(after.attitude),
        interests: text(&before.interests, after.interests),
        cooperation: text(&before.cooperation, after.cooperation),
        notes: text(&before.notes, after.notes),
    }
}
