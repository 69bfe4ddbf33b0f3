//! The console's access section: who may see and do what. Whether the groups see every map
//! (an edit, so every tablet follows live); each group's join code, open or closed, replaced
//! on demand, and the tablets that joined with it, each of which can be disconnected; and the
//! analyst's and viewer's links ([`links`]).

mod links;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::{DeviceId, GroupId, Workshop, WorkshopId};
use crate::ui::browser;
use crate::ui::client::{self, ApiFailure};
use crate::ui::components::ErrorMessage;
use crate::ui::locale::use_locale;
use crate::wire::{DeviceView, GroupView, Joining};

use links::Links;

/// What the section's calls share: the workshop, the key, and the last failure.
#[derive(Clone)]
struct Calls {
    id: WorkshopId,
    key: StoredValue<String>,
    busy: RwSignal<bool>,
    failure: RwSignal<Option<ApiFailure>>,
}

impl Calls {
    /// Runs one call; its failure is shown under the section's heading.
    fn run<F, T>(
        &self,
        call: impl FnOnce(WorkshopId, String) -> F + 'static,
        then: impl FnOnce(T) + 'static,
    ) where
        F: std::future::Future<Output = Result<T, ApiFailure>> + 'static,
        T: 'static,
    {
        let (id, key, busy, failure) = (self.id, self.key.get_value(), self.busy, self.failure);
        busy.set(true);
        failure.set(None);
        spawn_local(async move {
            match call(id, key).await {
                Ok(done) => then(done),
                Err(e) => failure.set(Some(e)),
            }
            busy.set(false);
        });
    }
}

#[component]
pub fn ModeratorAccess(
    id: WorkshopId,
    key: String,
    groups: Vec<GroupView>,
    /// The live copy: whether the maps are shared comes with the feed.
    #[prop(into)]
    workshop: Signal<Option<Workshop>>,
) -> impl IntoView {
    let locale = use_locale();
    let calls = Calls {
        id,
        key: StoredValue::new(key),
        busy: RwSignal::new(false),
        failure: RwSignal::new(None),
    };
    let devices = RwSignal::new(Vec::<DeviceView>::new());
    let load_devices = {
        let calls = calls.clone();
        move || {
            calls.run(
                |id, key| async move { client::devices(id, &key).await },
                move |list| devices.set(list),
            )
        }
    };
    load_devices();
    let shared =
        Memo::new(move |_| workshop.with(|w| w.as_ref().is_some_and(Workshop::maps_shared)));
    let share = {
        let calls = calls.clone();
        move |_| {
            let to = !shared.get_untracked();
            calls.run(
                move |id, key| async move { client::share(id, &key, to).await },
                |_| {},
            );
        }
    };
    let groups = groups
        .into_iter()
        .enumerate()
        .map(|(n, group)| {
            let calls = calls.clone();
            view! { <GroupAccess n group calls devices /> }
        })
        .collect_view();
    let failure = calls.failure;
    view! {
        <section class="panel access" data-testid="access">
            <h2>{move || locale.t("access-sharing")}</h2>
            <ErrorMessage error=Signal::derive(move || {
                failure.get().map(|e| e.message(locale.lang()))
            }) />
            <p data-testid="sharing-state" data-shared=move || shared.get().to_string()>
                {move || locale.t(if shared.get() { "share-maps-on" } else { "share-maps-off" })}
            </p>
            <button
                type="button"
                class="primary big"
                data-testid="share-maps"
                aria-pressed=move || shared.get().to_string()
                disabled=move || calls.busy.get()
                on:click=share
            >
                {move || locale.t(if shared.get() { "share-maps-stop" } else { "share-maps" })}
            </button>
        </section>
        <section class="panel access">
            <h2>{move || locale.t("access-codes")}</h2>
            <p class="hint">{move || locale.t("access-codes-hint")}</p>
            <button
                type="button"
                class="secondary"
                data-testid="refresh-tablets"
                on:click=move |_| load_devices()
            >
                {move || locale.t("refresh")}
            </button>
            {groups}
        </section>
        <Links id key=calls.key.get_value() />
    }
    .into_any()
}

/// One group's code, whether it lets tablets in, and its tablets.
#[component]
fn GroupAccess(
    n: usize,
    group: GroupView,
    calls: Calls,
    devices: RwSignal<Vec<DeviceView>>,
) -> impl IntoView {
    let locale = use_locale();
    let gid = group.id;
    let code = RwSignal::new(group.join_code.clone().unwrap_or_default());
    let joining = RwSignal::new(group.joining.unwrap_or(Joining::Open));
    let toggle = {
        let calls = calls.clone();
        move |_| {
            let to = if joining.get_untracked().is_open() {
                Joining::Closed
            } else {
                Joining::Open
            };
            calls.run(
                move |id, key| async move { client::set_joining(id, &key, gid, to).await },
                move |done| joining.set(done.joining),
            );
        }
    };
    let renew = {
        let calls = calls.clone();
        move |_| {
            if !browser::confirm(&locale.t("new-code-confirm")) {
                return;
            }
            calls.run(
                move |id, key| async move { client::new_code(id, &key, gid).await },
                move |done| code.set(done.join_code),
            );
        }
    };
    let tablets = move || {
        let mine: Vec<DeviceView> =
            devices.with(|all| all.iter().filter(|d| d.group_id == gid).cloned().collect());
        if mine.is_empty() {
            return view! { <li class="hint">{move || locale.t("tablets-none")}</li> }.into_any();
        }
        mine.into_iter()
            .enumerate()
            .map(|(i, device)| {
                view! { <Tablet n=i + 1 device calls=calls.clone() devices /> }
            })
            .collect_view()
            .into_any()
    };
    let testid_group = gid.to_string();
    view! {
        <div class="group-access" data-testid="group-access" data-group=testid_group>
            <h3>{format!("{}. {}", n + 1, group.name)}</h3>
            <p>
                <code class="join-code" data-testid="access-code">
                    {move || code.get()}
                </code>
                " · "
                <span
                    data-testid="joining-state"
                    data-joining=move || { if joining.get().is_open() { "open" } else { "closed" } }
                >
                    {move || {
                        locale
                            .t(
                                if joining.get().is_open() {
                                    "joining-open"
                                } else {
                                    "joining-closed"
                                },
                            )
                    }}
                </span>
            </p>
            <div class="button-row">
                <button
                    type="button"
                    class="secondary"
                    data-testid="joining-toggle"
                    on:click=toggle
                >
                    {move || {
                        locale
                            .t(
                                if joining.get().is_open() {
                                    "joining-close"
                                } else {
                                    "joining-reopen"
                                },
                            )
                    }}
                </button>
                <button type="button" class="secondary" data-testid="new-code" on:click=renew>
                    {move || locale.t("new-code")}
                </button>
            </div>
            <ul class="tablets" data-testid="tablets">
                {tablets}
            </ul>
        </div>
    }
    .into_any()
}

/// One tablet: when it joined, when it was last heard from, and the button that cuts it off.
#[component]
fn Tablet(
    n: usize,
    device: DeviceView,
    calls: Calls,
    devices: RwSignal<Vec<DeviceView>>,
) -> impl IntoView {
    let locale = use_locale();
    let (gid, did): (GroupId, DeviceId) = (device.group_id, device.id);
    let disconnect = move |_| {
        if !browser::confirm(&locale.t("tablet-disconnect-confirm")) {
            return;
        }
        calls.run(
            move |id, key| async move { client::disconnect(id, &key, gid, did).await },
            move |()| devices.update(|all| all.retain(|d| d.id != did)),
        );
    };
    let text = move || {
        locale.t_with(
            "tablet-row",
            &[
                ("n", n.into()),
                ("joined", browser::local_time(device.joined).into()),
                ("seen", browser::local_time(device.last_seen).into()),
            ],
        )
    };
    view! {
        <li data-testid="tablet" data-device=did.to_string()>
            <span>{text}</span>
            <button type="button" class="secondary" data-testid="disconnect" on:click=disconnect>
                {move || locale.t("tablet-disconnect")}
            </button>
        </li>
    }
}
