//! A breakout group's page on its tablet: the group's stakeholders by category, and the form
//! to add, edit and delete them. Edits apply on screen at once and travel over the live
//! connection; without a network they wait in the tablet's outbox.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::chart::GridOptions;
use crate::domain::{
    Actor, Change, Edit, EditId, GroupId, RelationshipFields, RelationshipId, RelationshipPatch,
    StakeholderId,
};
use crate::ui::browser;
use crate::ui::client::{self, ApiFailure};
use crate::ui::components::{
    GraphView, GridView, RelationshipForm, StakeholderForm, StakeholderInput, StakeholderList,
    SyncStatus, TimerBar, TopBar,
};
use crate::ui::live::Live;
use crate::ui::locale::use_locale;
use crate::ui::session::GroupSession;
use crate::wire::{ErrorDetail, PatchStakeholder, RelationshipView, StakeholderView, WorkshopView};

/// The list, the grid or the relationships, remembered on the tablet.
#[derive(Clone, Copy, PartialEq)]
enum Tab {
    List,
    Grid,
    Links,
}

impl Tab {
    fn key(self) -> &'static str {
        match self {
            Tab::List => "list",
            Tab::Grid => "grid",
            Tab::Links => "links",
        }
    }
}

const TAB_KEY: &str = "stakemap.tab";

#[derive(Clone, PartialEq)]
enum Mode {
    List,
    New,
    Edit(StakeholderView),
    /// A new relationship, its two ends already chosen when they were tapped on the graph.
    NewRelationship(Option<(String, String)>),
    EditRelationship(RelationshipView),
}

#[component]
pub fn GroupPage() -> impl IntoView {
    let locale = use_locale();
    let session = RwSignal::new(None::<GroupSession>);
    let checked = RwSignal::new(false);
    let live = RwSignal::new(None::<Live>);
    let mode = RwSignal::new(Mode::List);
    let failure = RwSignal::new(None::<ApiFailure>);
    let refused_key = RwSignal::new(None::<ApiFailure>);
    let navigate = use_navigate();
    let tab = RwSignal::new(Tab::List);
    Effect::new(move |_| {
        let saved = browser::load(TAB_KEY);
        if let Some(t) = [Tab::Grid, Tab::Links]
            .into_iter()
            .find(|t| saved.as_deref() == Some(t.key()))
        {
            tab.set(t);
        }
    });
    let choose_tab = move |next: Tab| {
        tab.set(next);
        browser::save(TAB_KEY, next.key());
    };

    Effect::new(move |_| {
        let remembered = GroupSession::load();
        if let Some(s) = &remembered
            && let Ok(group) = s.group_id.parse::<GroupId>()
        {
            live.set(Some(Live::start(
                &s.workshop_id,
                &s.token,
                Actor::Group(group),
            )));
            // A websocket cannot tell a refused key from a dropped network: ask once over
            // HTTP, so a tablet whose group no longer exists is told to join again.
            let s = s.clone();
            spawn_local(async move {
                if let Err(ApiFailure::Api {
                    status: 401 | 403 | 404,
                    detail,
                }) = client::workshop(&s.workshop_id, &s.token).await
                {
                    refused_key.set(Some(ApiFailure::Api {
                        status: 401,
                        detail,
                    }));
                }
            });
        }
        session.set(remembered);
        checked.set(true);
    });

    let workshop = Signal::derive(move || {
        live.get()
            .and_then(|l| l.workshop.get())
            .map(|w| WorkshopView::of(&w, &[]))
    });
    let loaded = Memo::new(move |_| workshop.with(Option::is_some));
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

    // Ids for what the open form will save, made when it opens: saving twice repeats the same
    // edit, which the server applies once.
    let draft = StoredValue::new(Draft::new());
    let open_form = move |next: Mode| {
        failure.set(None);
        draft.set_value(Draft::new());
        mode.set(next);
    };

    let propose = move |id: EditId, change: Change| -> bool {
        let Some(l) = live.get_untracked() else {
            return false;
        };
        match l.propose(Edit { id, change }) {
            Ok(()) => {
                mode.set(Mode::List);
                true
            }
            Err(e) => {
                failure.set(Some(ApiFailure::invalid(ErrorDetail::from(&e))));
                false
            }
        }
    };

    let save = Callback::new(move |input: StakeholderInput| {
        let Some(s) = session.get_untracked() else {
            return;
        };
        let draft = draft.get_value();
        let change = match mode.get_untracked() {
            Mode::Edit(before) => match before.id.parse() {
                Ok(id) => Change::UpdateStakeholder {
                    id,
                    patch: changed_fields(&before, input),
                },
                Err(_) => return,
            },
            _ => match s.group_id.parse() {
                Ok(group) => Change::AddStakeholder {
                    id: draft.new_id,
                    group,
                    fields: input,
                },
                Err(_) => return,
            },
        };
        propose(draft.save, change);
    });

    let delete = Callback::new(move |_: ()| {
        let Mode::Edit(target) = mode.get_untracked() else {
            return;
        };
        let links = workshop
            .get_untracked()
            .map(|w| {
                w.relationships
                    .iter()
                    .filter(|r| r.from == target.id || r.to == target.id)
                    .count()
            })
            .unwrap_or(0);
        // Say so before the stakeholder's relationships go with it.
        let question = if links == 0 {
            locale.t_with("confirm-delete", &[("name", target.name.clone().into())])
        } else {
            locale.t_with(
                "confirm-delete-with-links",
                &[
                    ("name", target.name.clone().into()),
                    ("count", links.into()),
                ],
            )
        };
        if !browser::confirm(&question) {
            return;
        }
        if let Ok(id) = target.id.parse() {
            propose(draft.get_value().delete, Change::DeleteStakeholder { id });
        }
    });

    let save_relationship = Callback::new(move |fields: RelationshipFields| {
        let draft = draft.get_value();
        let change = match mode.get_untracked() {
            Mode::EditRelationship(before) => {
                let Ok(id) = before.id.parse() else { return };
                Change::UpdateRelationship {
                    id,
                    patch: RelationshipPatch {
                        kind: (before.kind != fields.kind).then_some(fields.kind),
                        strength: (i64::from(before.strength) != fields.strength)
                            .then_some(fields.strength),
                        directed: (before.directed != fields.directed).then_some(fields.directed),
                    },
                }
            }
            _ => Change::AddRelationship {
                id: draft.new_relationship,
                fields,
            },
        };
        if propose(draft.save, change) {
            tab.set(Tab::Links);
        }
    });
    let delete_relationship = Callback::new(move |_: ()| {
        let Mode::EditRelationship(target) = mode.get_untracked() else {
            return;
        };
        if !browser::confirm(&locale.t("confirm-delete-relationship")) {
            return;
        }
        if let Ok(id) = target.id.parse() {
            propose(draft.get_value().delete, Change::DeleteRelationship { id });
        }
    });
    let relationships = move || {
        let group = session.get().map(|s| s.group_id).unwrap_or_default();
        workshop
            .get()
            .map(|w| {
                w.relationships
                    .into_iter()
                    .filter(|r| r.group_id == group)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };

    // Placing a marker on the grid is one edit of the two scores, through the same outbox.
    let place = Callback::new(move |(id, interest, influence): (StakeholderId, u8, u8)| {
        let patch = PatchStakeholder {
            interest: Some(i64::from(interest)),
            influence: Some(i64::from(influence)),
            ..PatchStakeholder::default()
        };
        propose(
            browser::new_edit_id(),
            Change::UpdateStakeholder { id, patch },
        );
    });
    let open_card = Callback::new(move |id: StakeholderId| {
        let id = id.to_string();
        if let Some(s) = mine().into_iter().find(|s| s.id == id) {
            open_form(Mode::Edit(s));
        }
    });
    let live_workshop = Signal::derive(move || live.get().and_then(|l| l.workshop.get()));
    let grid_options = Signal::derive(move || {
        session
            .get()
            .and_then(|s| s.group_id.parse().ok())
            .map(GridOptions::group)
            .unwrap_or_default()
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
        if let Some(e) = refused_key.get() {
            return view! {
                <p class="field-error" role="alert">
                    {e.message(locale.lang())}
                </p>
                <NotJoined />
            }
            .into_any();
        }
        // Only the arrival of the first copy re-renders the page: an open form must keep what
        // the person is typing while other tablets' edits arrive.
        if !loaded.get() {
            return view! { <p class="loading">{locale.t("loading")}</p> }.into_any();
        }
        let Some(w) = workshop.get_untracked() else {
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
                    <div class="tabs" role="tablist">
                        <button
                            type="button"
                            role="tab"
                            data-testid="tab-list"
                            aria-selected=move || (tab.get() == Tab::List).to_string()
                            on:click=move |_| choose_tab(Tab::List)
                        >
                            {move || locale.t("view-list")}
                        </button>
                        <button
                            type="button"
                            role="tab"
                            data-testid="tab-grid"
                            aria-selected=move || (tab.get() == Tab::Grid).to_string()
                            on:click=move |_| choose_tab(Tab::Grid)
                        >
                            {move || locale.t("view-grid")}
                        </button>
                        <button
                            type="button"
                            role="tab"
                            data-testid="tab-links"
                            aria-selected=move || (tab.get() == Tab::Links).to_string()
                            on:click=move |_| choose_tab(Tab::Links)
                        >
                            {move || locale.t("view-links")}
                        </button>
                    </div>
                    {move || match tab.get() {
                        Tab::List => {
                            view! {
                                <StakeholderList
                                    categories=categories.clone()
                                    stakeholders=Signal::derive(mine)
                                    on_open=Callback::new(move |s| open_form(Mode::Edit(s)))
                                />
                            }
                                .into_any()
                        }
                        Tab::Grid => {
                            view! {
                                <p class="hint">{move || locale.t("grid-help")}</p>
                                <GridView
                                    workshop=live_workshop
                                    options=grid_options
                                    on_move=place
                                    on_open=open_card
                                />
                            }
                                .into_any()
                        }
                        Tab::Links => {
                            view! {
                                <button
                                    type="button"
                                    class="primary big"
                                    data-testid="add-relationship"
                                    disabled=move || { mine().len() < 2 }
                                    on:click=move |_| open_form(Mode::NewRelationship(None))
                                >
                                    {move || locale.t("add-relationship")}
                                </button>
                                <RelationshipList
                                    relationships=Signal::derive(relationships)
                                    stakeholders=Signal::derive(mine)
                                    on_open=Callback::new(move |r| {
                                        open_form(Mode::EditRelationship(r))
                                    })
                                />
                                <GraphView
                                    workshop=live_workshop
                                    options=grid_options
                                    on_pick=Callback::new(move |
                                        (a, b): (StakeholderId, StakeholderId)|
                                    {
                                        open_form(
                                            Mode::NewRelationship(Some((a.to_string(), b.to_string()))),
                                        )
                                    })
                                />
                            }
                                .into_any()
                        }
                    }}
                }
                .into_any()
            }
            Mode::New => view! {
                <StakeholderForm
                    workshop=w
                    initial=None
                    failure
                    busy=Signal::derive(|| false)
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
                    busy=Signal::derive(|| false)
                    on_submit=save
                    on_cancel=Callback::new(move |_| mode.set(Mode::List))
                    on_delete=delete
                />
            }
            .into_any(),
            Mode::NewRelationship(ends) => view! {
                <RelationshipForm
                    stakeholders=mine()
                    initial=None
                    ends
                    failure
                    on_submit=save_relationship
                    on_cancel=Callback::new(move |_| mode.set(Mode::List))
                />
            }
            .into_any(),
            Mode::EditRelationship(r) => view! {
                <RelationshipForm
                    stakeholders=mine()
                    initial=Some(r)
                    failure
                    on_submit=save_relationship
                    on_cancel=Callback::new(move |_| mode.set(Mode::List))
                    on_delete=delete_relationship
                />
            }
            .into_any(),
        }
    };

    view! {
        <TopBar title subtitle />
        <main class="page group">
            <TimerBar live />
            {move || live.get().map(|live| view! { <SyncStatus live /> })}
            {body}
            <Show when=move || session.get().is_some()>
                <button type="button" class="secondary leave" on:click=leave.clone()>
                    {move || locale.t("leave-group")}
                </button>
            </Show>
        </main>
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

/// The ids an open form's edits will carry.
#[derive(Clone)]
struct Draft {
    save: EditId,
    delete: EditId,
    new_id: StakeholderId,
    new_relationship: RelationshipId,
}

impl Draft {
    fn new() -> Self {
        Self {
            save: browser::new_edit_id(),
            delete: browser::new_edit_id(),
            new_id: StakeholderId::from_random_bytes(browser::random_bytes()),
            new_relationship: RelationshipId::from_random_bytes(browser::random_bytes()),
        }
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

/// The group's relationships as big tappable rows: "A → B · kind · strength".
#[component]
fn RelationshipList(
    #[prop(into)] relationships: Signal<Vec<RelationshipView>>,
    #[prop(into)] stakeholders: Signal<Vec<StakeholderView>>,
    on_open: Callback<RelationshipView>,
) -> impl IntoView {
    let locale = use_locale();
    move || {
        let list = relationships.get();
        if list.is_empty() {
            return view! { <p class="hint">{locale.t("relationships-none")}</p> }.into_any();
        }
        let people = stakeholders.get();
        let name = move |id: &str| {
            people
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.name.clone())
                .unwrap_or_default()
        };
        let rows = list
            .into_iter()
            .map(|r| {
                let arrow = if r.directed { " → " } else { " — " };
                let text = format!("{}{arrow}{}", name(&r.from), name(&r.to));
                let detail = format!(
                    "{} · {}",
                    locale.t(&format!("kind-{}", r.kind.as_str())),
                    locale.t(&format!("strength-{}", r.strength))
                );
                let open = r.clone();
                view! {
                    <li>
                        <button
                            type="button"
                            class="relationship"
                            data-testid="relationship"
                            data-kind=r.kind.as_str()
                            on:click=move |_| on_open.run(open.clone())
                        >
                            <strong>{text}</strong>
                            <span class="hint">{detail}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="relationships">{rows}</ul> }.into_any()
    }
}
