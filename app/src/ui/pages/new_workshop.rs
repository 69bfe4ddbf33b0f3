//! Creating a workshop: the moderator's few minutes of set-up, ending with the moderator link
//! (shown once) and a join code per group.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::Language;
use crate::ui::browser;
use crate::ui::client::{self, ApiFailure};
use crate::ui::components::{Choice, TopBar};
use crate::ui::locale::use_locale;
use crate::ui::pages::restore_workshop::RestoreWorkshop;
use crate::ui::session::moderator_link;
use crate::wire::{CreateWorkshop, CreatedWorkshop};

const DEFAULT_GROUPS: usize = 4;

#[component]
pub fn NewWorkshop() -> impl IntoView {
    let locale = use_locale();
    let title = RwSignal::new(String::new());
    let focal = RwSignal::new(String::new());
    let question = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let language = RwSignal::new(locale.lang().code().to_owned());
    let next_group = RwSignal::new(DEFAULT_GROUPS);
    let groups: RwSignal<Vec<(usize, RwSignal<String>)>> = RwSignal::new(
        (1..=DEFAULT_GROUPS)
            .map(|n| {
                let name = locale.t_with("group-default", &[("n", n.into())]);
                (n, RwSignal::new(name))
            })
            .collect(),
    );
    let failure = RwSignal::new(None::<ApiFailure>);
    let busy = RwSignal::new(false);
    let created = RwSignal::new(None::<CreatedWorkshop>);

    let add_group = move |_| {
        next_group.update(|n| *n += 1);
        let n = next_group.get_untracked();
        let name = locale.t_with("group-default", &[("n", n.into())]);
        groups.update(|g| g.push((n, RwSignal::new(name))));
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = CreateWorkshop {
            title: title.get_untracked(),
            focal: focal.get_untracked(),
            question: question.get_untracked(),
            date: date.get_untracked(),
            place: place.get_untracked(),
            language: Language::from_code(&language.get_untracked()).unwrap_or_default(),
            groups: groups
                .get_untracked()
                .iter()
                .map(|(_, name)| name.get_untracked())
                .collect(),
        };
        busy.set(true);
        failure.set(None);
        spawn_local(async move {
            match client::create_workshop(&body).await {
                Ok(done) => created.set(Some(done)),
                Err(e) => failure.set(Some(e)),
            }
            busy.set(false);
        });
    };

    let error_for = move |field: &'static str| {
        move || {
            failure.get().filter(|f| f.field() == Some(field)).map(|f| {
                view! {
                    <p class="field-error" role="alert">
                        {f.message(locale.lang())}
                    </p>
                }
            })
        }
    };
    let general_error = move || {
        failure.get().filter(|f| f.field().is_none()).map(|f| {
            view! {
                <p class="field-error" role="alert">
                    {f.message(locale.lang())}
                </p>
            }
        })
    };
    let text_field = move |field: &'static str,
                           label: &'static str,
                           value: RwSignal<String>,
                           kind: &'static str| {
        view! {
            <label class="field" data-field=field>
                <span class="field-label">{move || locale.t(label)}</span>
                <input
                    type=kind
                    name=field
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
                {error_for(field)}
            </label>
        }
    };
    let language_options = Signal::derive(|| {
        Language::ALL
            .iter()
            .map(|l| {
                (
                    l.code().to_owned(),
                    crate::i18n::tr(*l, &format!("lang-{}", l.code())),
                )
            })
            .collect::<Vec<_>>()
    });

    let form = move || {
        view! {
            <form class="panel workshop-form" on:submit=submit>
                {text_field("title", "field-title", title, "text")}
                {text_field("focal", "field-focal", focal, "text")}
                {text_field("question", "field-question", question, "text")}
                <div class="two-columns">
                    {text_field("date", "field-date", date, "date")}
                    {text_field("place", "field-place", place, "text")}
                </div>
                <Choice
                    name="language"
                    label=Signal::derive(move || locale.t("field-language"))
                    options=language_options
                    selected=language
                    error=Signal::derive(|| None::<String>)
                />
                <fieldset class="field" data-field="groups">
                    <legend class="field-label">{move || locale.t("field-groups")}</legend>
                    <ol class="group-names" role="list">
                        <For
                            each=move || groups.get()
                            key=|(n, _)| *n
                            children=move |(n, name)| {
                                let place = move || {
                                    let at = groups
                                        .with(|g| g.iter().position(|(m, _)| *m == n))
                                        .unwrap_or_default();
                                    locale.t_with("group-default", &[("n", (at + 1).into())])
                                };
                                let field = format!("group-name-{n}");
                                let remove = format!("group-remove-{n}");
                                // Each field is named by its place in the list ("Group 2"),
                                // and its button by what it removes ("Remove Group 2", the
                                // field's value read through aria-labelledby).
                                view! {
                                    <li>
                                        <input
                                            type="text"
                                            name="group"
                                            id=field.clone()
                                            aria-label=place
                                            prop:value=move || name.get()
                                            on:input=move |ev| name.set(event_target_value(&ev))
                                        />
                                        <button
                                            type="button"
                                            class="secondary"
                                            id=remove.clone()
                                            aria-labelledby=format!("{remove} {field}")
                                            disabled=move || { groups.get().len() <= 1 }
                                            on:click=move |_| {
                                                groups.update(|g| g.retain(|(m, _)| *m != n))
                                            }
                                        >
                                            {move || locale.t("remove-group")}
                                        </button>
                                    </li>
                                }
                            }
                        />
                    </ol>
                    <button type="button" class="secondary" on:click=add_group>
                        {move || locale.t("add-group")}
                    </button>
                    {error_for("groups")}
                </fieldset>
                {general_error}
                <button type="submit" class="primary big" disabled=move || busy.get()>
                    {move || locale.t("create")}
                </button>
            </form>
        }
    };

    view! {
        <TopBar title=Signal::derive(move || locale.t("new-title")) />
        <main class="page">
            {move || match created.get() {
                None => {
                    view! {
                        {form()}
                        <RestoreWorkshop created />
                    }
                        .into_any()
                }
                Some(done) => view! { <Created done /> }.into_any(),
            }}
        </main>
    }
}

#[component]
fn Created(done: CreatedWorkshop) -> impl IntoView {
    let locale = use_locale();
    let link = moderator_link(&browser::origin(), &done.id, &done.moderator_key);
    let copied = RwSignal::new(false);
    let to_copy = link.clone();
    let codes = done
        .groups
        .into_iter()
        .map(|g| {
            let code = g.join_code.unwrap_or_default();
            view! {
                <li>
                    <span class="group-name">{g.name}</span>
                    <code class="join-code" data-testid="join-code">
                        {code}
                    </code>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="panel created" data-testid="created">
            <h2>{move || locale.t("created-title")}</h2>
            <p class="warning">{move || locale.t("created-key-warning")}</p>
            <label class="field">
                <span class="field-label">{move || locale.t("created-moderator-link")}</span>
                <input type="text" readonly value=link.clone() data-testid="moderator-link" />
            </label>
            <div class="button-row">
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| copied.set(browser::copy(&to_copy))
                >
                    {move || locale.t(if copied.get() { "copied" } else { "copy" })}
                </button>
                <a class="button primary" href=link rel="external">
                    {move || locale.t("open-moderator")}
                </a>
            </div>
            <h3>{move || locale.t("created-codes")}</h3>
            <ul class="codes">{codes}</ul>
        </section>
    }
}
