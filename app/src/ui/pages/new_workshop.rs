//! Creating a workshop: the moderator's few minutes of set-up, ending with the moderator link
//! (shown once) and a join code per group.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::{Field, Language};
use crate::i18n::Term;
use crate::ui::browser;
use crate::ui::client::{self, ApiFailure};
use crate::ui::components::group_names::{GroupNameList, GroupNames, default_group_name};
use crate::ui::components::{Choice, CopyButton, ErrorMessage, FormErrors, LabelledField, TopBar};
use crate::ui::locale::{Locale, use_locale};
use crate::ui::pages::admin_key::{AdminKey, AdminKeyField};
use crate::ui::pages::restore_workshop::RestoreWorkshop;
use crate::ui::session::moderator_link;
use crate::wire::{CreateWorkshop, CreatedWorkshop};

const DEFAULT_GROUPS: usize = 4;

/// The fields that show their own errors.
const FIELDS: [Field; 6] = [
    Field::Title,
    Field::Focal,
    Field::Question,
    Field::Date,
    Field::Place,
    Field::Groups,
];

/// What the moderator has typed so far.
#[derive(Clone, Copy)]
struct Setup {
    title: RwSignal<String>,
    focal: RwSignal<String>,
    question: RwSignal<String>,
    date: RwSignal<String>,
    place: RwSignal<String>,
    language: RwSignal<Language>,
    groups: GroupNameList,
}

impl Setup {
    fn new(locale: Locale) -> Self {
        Self {
            title: RwSignal::default(),
            focal: RwSignal::default(),
            question: RwSignal::default(),
            date: RwSignal::default(),
            place: RwSignal::default(),
            language: RwSignal::new(locale.lang()),
            groups: RwSignal::new(
                (1..=DEFAULT_GROUPS)
                    .map(|n| (n, RwSignal::new(default_group_name(locale, n))))
                    .collect(),
            ),
        }
    }

    fn request(self) -> CreateWorkshop {
        CreateWorkshop {
            title: self.title.get_untracked(),
            focal: self.focal.get_untracked(),
            question: self.question.get_untracked(),
            date: self.date.get_untracked(),
            place: self.place.get_untracked(),
            language: self.language.get_untracked(),
            groups: self
                .groups
                .get_untracked()
                .iter()
                .map(|(_, name)| name.get_untracked())
                .collect(),
        }
    }
}

#[component]
pub fn NewWorkshop() -> impl IntoView {
    let locale = use_locale();
    let setup = Setup::new(locale);
    let failure = RwSignal::new(None::<ApiFailure>);
    let busy = RwSignal::new(false);
    let created = RwSignal::new(None::<CreatedWorkshop>);
    let admin = AdminKey::new();

    let create = Callback::new(move |()| {
        let body = setup.request();
        busy.set(true);
        failure.set(None);
        spawn_local(async move {
            let answer = client::create_workshop(&body, admin.get().as_deref()).await;
            admin.settle(answer, created, failure);
            busy.set(false);
        });
    });

    view! {
        <TopBar title=Signal::derive(move || locale.t("new-title")) />
        <main class="page">
            {move || match created.get() {
                None => {
                    view! {
                        <AdminKeyField admin />
                        <SetupForm setup failure busy on_submit=create />
                        <RestoreWorkshop created admin />
                    }
                        .into_any()
                }
                Some(done) => view! { <Created done /> }.into_any(),
            }}
        </main>
    }
}

#[component]
fn SetupForm(
    setup: Setup,
    failure: RwSignal<Option<ApiFailure>>,
    busy: RwSignal<bool>,
    on_submit: Callback<()>,
) -> impl IntoView {
    let locale = use_locale();
    let errors = FormErrors::new(failure, &FIELDS);
    let text_field =
        move |field: Field, label: &'static str, value: RwSignal<String>, kind: &'static str| {
            view! {
                <LabelledField name=field.as_str() label>
                    <input
                        type=kind
                        name=field.as_str()
                        prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev))
                    />
                    <ErrorMessage error=errors.at(field) />
                </LabelledField>
            }
        };
    // Each language's name in that language, whatever the page's.
    let language_options = Signal::derive(|| {
        Language::ALL
            .iter()
            .map(|l| (*l, l.word(*l)))
            .collect::<Vec<_>>()
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_submit.run(());
    };

    view! {
        <form class="panel workshop-form" on:submit=submit>
            {text_field(Field::Title, "field-title", setup.title, "text")}
            {text_field(Field::Focal, "field-focal", setup.focal, "text")}
            {text_field(Field::Question, "field-question", setup.question, "text")}
            <div class="two-columns">
                {text_field(Field::Date, "field-date", setup.date, "date")}
                {text_field(Field::Place, "field-place", setup.place, "text")}
            </div>
            <Choice
                name="language"
                label="field-language"
                options=language_options
                selected=setup.language
            />
            <GroupNames groups=setup.groups error=errors.at(Field::Groups) />
            <ErrorMessage error=errors.general() />
            <button type="submit" class="primary big" disabled=move || busy.get()>
                {move || locale.t("create")}
            </button>
        </form>
    }
}

#[component]
fn Created(done: CreatedWorkshop) -> impl IntoView {
    let locale = use_locale();
    let link = moderator_link(&browser::origin(), done.id, &done.moderator_key);
    let (to_copy, shown) = (link.clone(), link.clone());
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
            <LabelledField label="created-moderator-link">
                <input type="text" readonly value=shown data-testid="moderator-link" />
            </LabelledField>
            <div class="button-row">
                <CopyButton text=to_copy />
                <a class="button primary" href=link rel="external">
                    {move || locale.t("open-moderator")}
                </a>
            </div>
            <h3>{move || locale.t("created-codes")}</h3>
            <ul class="codes">{codes}</ul>
        </section>
    }
}
