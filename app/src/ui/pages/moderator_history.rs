//! The console's history: the workshop's timeline (edits by time and by group, rounds marked),
//! a slider over it, and the maps as they were at the moment chosen — read-only, replayed in
//! the browser from the log with the domain's own replay ([`History`]). The log is read once
//! when the section opens (a page of 50,000 edits at a time, with progress), and again on
//! "refresh".

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::chart::{GridOptions, TimelineInput, TimelineLayout, svg};
use crate::domain::{GroupId, History, Moment, WorkshopId};
use crate::files::ExportFile;
use crate::ui::browser;
use crate::ui::client::ApiFailure;
use crate::ui::components::canvas_size::use_canvas_size;
use crate::ui::components::{DownloadLink, Frame, PictureView};
use crate::ui::locale::{Locale, use_locale};
use crate::ui::pages::moderator_choice::PictureChoice;
use crate::wire::{HistoryView, RoundView};

/// The log in memory: the replayable history, each edit's time, the rounds, the groups.
struct Log {
    history: History,
    times: Vec<u64>,
    rounds: Vec<RoundView>,
    groups: Vec<(GroupId, String)>,
}

/// A round's name as the reader calls it ("Round 2" when it has none).
fn round_name(round: &RoundView, locale: Locale) -> String {
    crate::i18n::round_name(&round.name, round.number, locale.lang())
}

/// How far before the first edit the timeline starts, in ms.
const BEFORE: u64 = 1000;

/// Where reading the log is.
#[derive(Clone, PartialEq)]
enum Reading {
    Under { read: u64, total: u64 },
    Failed,
    Done,
}

#[component]
pub fn ModeratorHistory(id: WorkshopId, key: String, choice: PictureChoice) -> impl IntoView {
    let locale = use_locale();
    let log = RwSignal::new(None::<Arc<Log>>);
    let reading = RwSignal::new(Reading::Under { read: 0, total: 0 });
    let at = RwSignal::new(0_usize);
    let key = StoredValue::new(key);
    let read = move || read_log(id, key.get_value(), log, reading, at);
    // In an effect: only the browser reads the log (the server renders no history).
    Effect::new(move |_| read());
    let shown = Memo::new(move |_| log.with(|l| l.as_ref().map(|l| l.history.at(at.get()))));
    let options = Signal::derive(move || GridOptions {
        at: Moment::Now,
        since: None,
        baseline: None,
        ..choice.options().get()
    });
    let frame = Frame::new(Signal::derive(move || shown.get()), options).paged_keys();
    view! {
        <section class="panel history-panel" data-testid="history">
            <h2>{move || locale.t("history-heading")}</h2>
            <p class="hint">{move || locale.t("history-help")}</p>
            {move || progress(reading.get())}
            <Timeline log at />
            {move || view! { <PictureView kind=choice.picture.get() frame /> }.into_any()}
            <FilesThen id key=key.get_value() at options />
            <button
                type="button"
                class="secondary"
                data-testid="history-refresh"
                on:click=move |_| read()
            >
                {move || locale.t("history-refresh")}
            </button>
        </section>
    }
}

/// The analysts' workbook and stakeholders table as of the moment shown (`at=`: the log's
/// first edits, replayed by the server).
#[component]
fn FilesThen(
    id: WorkshopId,
    key: String,
    at: RwSignal<usize>,
    options: Signal<GridOptions>,
) -> impl IntoView {
    let locale = use_locale();
    [ExportFile::Workbook, ExportFile::StakeholdersCsv]
        .into_iter()
        .map(|file| {
            let href = Signal::derive(move || {
                let moment = GridOptions {
                    at: Moment::Seq(at.get() as u64),
                    ..options.get()
                };
                format!(
                    "/api/v1/workshops/{id}/export/{}?{}&lang={}",
                    file.name(),
                    moment.to_files_query(),
                    locale.lang().code()
                )
            });
            let name = Signal::derive(move || format!("stakemap-seq-{}-{}", at.get(), file.name()));
            view! {
                <DownloadLink workshop=id key=key.clone() href name testid="history-file">
                    {move || locale.t_with("history-file", &[("file", file.name().into())])}
                </DownloadLink>
            }
        })
        .collect_view()
}

/// Reads the whole log a page at a time, then puts the slider at its end.
fn read_log(
    id: WorkshopId,
    key: String,
    log: RwSignal<Option<Arc<Log>>>,
    reading: RwSignal<Reading>,
    at: RwSignal<usize>,
) {
    leptos::task::spawn_local(async move {
        let mut from = 0;
        let mut pages: Vec<HistoryView> = Vec::new();
        loop {
            match crate::ui::client::history(id, &key, from).await {
                Ok(page) => {
                    from = page.next.unwrap_or(page.seq);
                    reading.set(Reading::Under {
                        read: from,
                        total: page.seq,
                    });
                    let next = page.next;
                    pages.push(page);
                    if next.is_none() {
                        break;
                    }
                }
                Err(ApiFailure::Api { .. } | ApiFailure::Network) => {
                    reading.set(Reading::Failed);
                    return;
                }
            }
        }
        let Some(first) = pages.first() else { return };
        let (setup, rounds) = (first.setup.clone(), first.rounds.clone());
        let groups = setup
            .groups
            .iter()
            .map(|g| (g.id(), g.name().to_owned()))
            .collect();
        let edits: Vec<_> = pages.into_iter().flat_map(|p| p.edits).collect();
        let times = edits.iter().map(|e| e.at_ms).collect();
        let changes = edits.into_iter().map(|e| e.change).collect();
        match History::new(setup, changes) {
            Ok(history) => {
                at.set(history.len());
                log.set(Some(Arc::new(Log {
                    history,
                    times,
                    rounds,
                    groups,
                })));
                reading.set(Reading::Done);
            }
            Err(_) => reading.set(Reading::Failed),
        }
    });
}

fn progress(reading: Reading) -> Option<AnyView> {
    let locale = use_locale();
    match reading {
        Reading::Done => None,
        Reading::Failed => Some(
            view! {
                <p class="error" role="alert">
                    {locale.t("history-failed")}
                </p>
            }
            .into_any(),
        ),
        Reading::Under { read, total } => Some(
            view! {
                <p class="hint" data-testid="history-progress">
                    {locale
                        .t_with(
                            "history-loading",
                            &[("read", read.into()), ("total", total.into())],
                        )}
                </p>
            }
            .into_any(),
        ),
    }
}

/// The timeline picture, the slider over its span, the rounds to jump to, and what moment is
/// shown.
#[component]
fn Timeline(log: RwSignal<Option<Arc<Log>>>, at: RwSignal<usize>) -> impl IntoView {
    let locale = use_locale();
    let container = NodeRef::<Div>::new();
    let size = use_canvas_size(container, false);
    let layout = Memo::new(move |_| {
        let (w, _) = size.get();
        log.with(|l| {
            let l = l.as_ref()?;
            let input = timeline_input(l, at.get(), locale);
            Some(TimelineLayout::compute(
                &input,
                w,
                (w * 0.2).clamp(160.0, 280.0),
            ))
        })
    });
    let time_of = move |n: usize| {
        log.with(|l| {
            l.as_ref()
                .and_then(|l| n.checked_sub(1).map(|i| l.times[i]))
        })
    };
    let span = move || log.with(|l| l.as_ref().map_or((0, BEFORE), |l| slider_span(l)));
    let step = move |by: isize| {
        let len = log.with(|l| l.as_ref().map_or(0, |l| l.history.len()));
        at.update(|n| *n = n.saturating_add_signed(by).min(len));
    };
    // The slider covers the plot's width, so its thumb sits on the cursor's line.
    let slider_style = move || {
        layout.with(|l| {
            l.as_ref().map_or(String::new(), |l| {
                format!(
                    "margin-left: {:.3}%; width: {:.3}%",
                    l.plot.x / l.canvas.w * 100.0,
                    l.plot.w / l.canvas.w * 100.0
                )
            })
        })
    };
    let slide = move |ev| {
        let value: u64 = event_target_value(&ev).parse().unwrap_or(0);
        let n = log.with(|l| {
            l.as_ref()
                .map_or(0, |l| l.times.partition_point(|t| *t <= value))
        });
        at.set(n);
    };
    let label = move || {
        let n = at.get();
        match time_of(n) {
            None => locale.t("history-start"),
            Some(ms) => locale.t_with(
                "history-at",
                &[("n", n.into()), ("time", browser::local_time(ms).into())],
            ),
        }
    };
    view! {
        <div
            class="timeline"
            node_ref=container
            data-testid="timeline"
            data-at=move || at.get().to_string()
        >
            <div inner_html=move || layout.with(|l| l.as_ref().map(svg).unwrap_or_default())></div>
            <input
                type="range"
                class="timeline-slider"
                data-testid="history-slider"
                aria-label=move || locale.t("history-slider")
                style=slider_style
                min=move || span().0.to_string()
                max=move || span().1.to_string()
                step="any"
                prop:value=move || time_of(at.get()).unwrap_or(span().0).to_string()
                on:input=slide
            />
            <div class="timeline-steps">
                <button
                    type="button"
                    class="secondary"
                    data-testid="history-back"
                    on:click=move |_| step(-1)
                >
                    {move || locale.t("history-back")}
                </button>
                <p class="timeline-at" data-testid="history-at" aria-live="polite">
                    {label}
                </p>
                <button
                    type="button"
                    class="secondary"
                    data-testid="history-on"
                    on:click=move |_| step(1)
                >
                    {move || locale.t("history-on")}
                </button>
            </div>
            <RoundJumps log at />
        </div>
    }
}

/// A button per round: the maps as it kept them.
#[component]
fn RoundJumps(log: RwSignal<Option<Arc<Log>>>, at: RwSignal<usize>) -> impl IntoView {
    let locale = use_locale();
    let rounds = move || {
        log.with(|l| l.as_ref().map(|l| l.rounds.clone()).unwrap_or_default())
            .into_iter()
            .map(|round| {
                let (number, seq) = (round.number, round.seq);
                let name = round_name(&round, locale);
                view! {
                    <button
                        type="button"
                        class="choice-button"
                        data-testid="history-round"
                        data-round=number.to_string()
                        aria-pressed=move || (at.get() as u64 == seq).to_string()
                        on:click=move |_| at.set(seq as usize)
                    >
                        {name}
                    </button>
                }
            })
            .collect_view()
    };
    view! { <div class="choice">{rounds}</div> }
}

/// The slider's ends, which the timeline spans too: a little before the first edit (the
/// start, nothing yet) and the last edit. The slider takes any value between (`step="any"`),
/// so its thumb sits on the timeline's cursor.
fn slider_span(l: &Log) -> (u64, u64) {
    let first = l.times.iter().copied().min().unwrap_or(0);
    let last = l.times.iter().copied().max().unwrap_or(first);
    (first.saturating_sub(BEFORE), last)
}

/// The timeline's rows (the groups, then the plenary), each edit's time and row, the rounds'
/// closing times, and the moment `at` as the cursor.
fn timeline_input(l: &Log, at: usize, locale: Locale) -> TimelineInput {
    let plenary = l.groups.len();
    let row = |g: &Option<GroupId>| {
        g.and_then(|g| l.groups.iter().position(|x| x.0 == g))
            .unwrap_or(plenary)
    };
    TimelineInput {
        rows: (l.groups.iter().map(|g| g.1.clone()))
            .chain(std::iter::once(locale.t("history-plenary")))
            .collect(),
        edits: (l.times.iter().zip(l.history.touched()))
            .map(|(t, g)| (*t, row(g)))
            .collect(),
        // A round closes with the edit after the maps it keeps.
        rounds: (l.rounds.iter())
            .filter_map(|r| Some((*l.times.get(r.seq as usize)?, round_name(r, locale))))
            .collect(),
        cursor: at.checked_sub(1).and_then(|i| l.times.get(i).copied()),
        span: Some(slider_span(l)),
        utc_offset_min: browser::utc_offset_min(),
    }
}
