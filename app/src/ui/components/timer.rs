//! The plenary's countdown on screen: [`TimerBar`] on the tablets and the projector (label,
//! big `m:ss`, another colour in the last minute, "time is up" with a gentle pulse and a soft
//! chime at zero), [`TimerPanel`], the moderator's controls, and [`TimerChip`], the countdown
//! in the moderator console's header.
//!
//! Every device counts down by the server's clock: the timer's start is the server's time
//! (stamped on the write path) and [`Live::server_now`] corrects this device's clock by the
//! offset the live feed reports, so all screens agree to well within a second.

use std::time::Duration;

use leptos::prelude::*;

use super::{ErrorMessage, FormErrors, LabelledField};
use crate::domain::{Change, Edit, clock_face};
use crate::ui::browser;
use crate::ui::client::ApiFailure;
use crate::ui::live::{Live, device_now};
use crate::ui::locale::use_locale;
use crate::wire::ErrorDetail;

/// How often the screen looks at the clock: often enough that a second never shows late by
/// more than a quarter of a second.
const TICK: Duration = Duration::from_millis(250);
/// The moderator's presets, in minutes.
const PRESETS: [u32; 5] = [5, 10, 15, 20, 30];
const DEFAULT_MINUTES: u32 = 30;

/// The countdown as a screen shows it at one moment.
#[derive(Clone, PartialEq, Debug)]
struct Countdown {
    label: String,
    /// Whole seconds left, rounded up; 0 once time is up.
    remaining: u32,
    /// Which timer this is: a restarted timer is another one.
    key: (i64, u32),
    /// Counted by the server's clock (the live feed has told the time), not this device's.
    synced: bool,
}

impl Countdown {
    fn state(&self) -> &'static str {
        match self.remaining {
            0 => "done",
            1..=60 => "last",
            _ => "running",
        }
    }
}

/// The countdown of `live`'s workshop, looked at every [`TICK`]; `None` when no timer is set
/// (and on the server, which renders none).
fn use_countdown(live: Signal<Option<Live>>) -> Memo<Option<Countdown>> {
    let now = RwSignal::new(None::<i64>);
    Effect::new(move |_| {
        now.set(Some(device_now()));
        if let Ok(handle) = set_interval_with_handle(move || now.set(Some(device_now())), TICK) {
            on_cleanup(move || handle.clear());
        }
    });
    Memo::new(move |_| {
        let device = now.get()?;
        let live = live.get()?;
        let offset = live.clock_offset.get();
        live.workshop.with(|w| {
            let timer = w.as_ref()?.timer()?;
            Some(Countdown {
                label: timer.label().to_owned(),
                remaining: timer.remaining(device + offset.unwrap_or(0)),
                key: (timer.started_at(), timer.seconds()),
                synced: offset.is_some(),
            })
        })
    })
}

/// The countdown for the room: hidden when no timer is set.
#[component]
pub fn TimerBar(#[prop(into)] live: Signal<Option<Live>>) -> impl IntoView {
    let locale = use_locale();
    let countdown = use_countdown(live);
    // The timer this screen saw running, so that it chimes once, when it reaches zero here:
    // not for a timer that was over before the page opened.
    let armed = StoredValue::new(None::<(i64, u32)>);
    let pulse = RwSignal::new(false);
    let chime = RwSignal::new(None::<&'static str>);
    Effect::new(move |_| sound::unlock_on_gesture());
    Effect::new(move |_| match countdown.get() {
        None => {
            armed.set_value(None);
            pulse.set(false);
            chime.set(None);
        }
        Some(c) if c.remaining > 0 => {
            if c.synced {
                armed.set_value(Some(c.key));
            }
            if pulse.get_untracked() {
                pulse.set(false);
                chime.set(None);
            }
        }
        Some(c) => {
            if armed.get_value() == Some(c.key) {
                armed.set_value(None);
                pulse.set(true);
                chime.set(Some(if sound::chime() { "played" } else { "muted" }));
            }
        }
    });

    let state = move || countdown.with(|c| c.as_ref().map(Countdown::state).unwrap_or(""));
    let label = move || countdown.with(|c| c.as_ref().map(|c| c.label.clone()));
    let face = move || countdown.with(|c| c.as_ref().map(|c| clock_face(c.remaining)));
    let done = move || countdown.with(|c| c.as_ref().is_some_and(|c| c.remaining == 0));

    view! {
        <Show when=move || countdown.with(Option::is_some)>
            <section
                class="timer-bar"
                class:pulse=move || pulse.get()
                data-testid="timer-bar"
                data-state=state
                data-chime=move || chime.get()
                aria-label=move || locale.t("timer-title")
            >
                <span class="timer-label" data-testid="timer-label">
                    {label}
                </span>
                <span class="timer-clock" data-testid="timer-clock" role="timer">
                    {face}
                </span>
                <span class="timer-up" role="status">
                    {move || done().then(|| locale.t("timer-up"))}
                </span>
            </section>
        </Show>
    }
    .into_any()
}

/// The countdown in the moderator console's header, whichever section is open: its label
/// and `m:ss` (the last minute and zero in the bar's colours), or that no timer runs. A tap
/// opens the timer's controls. Silent: the room hears the chime from the tablets and the
/// projector, not twice from the moderator's laptop.
#[component]
pub fn TimerChip(
    #[prop(into)] live: Signal<Option<Live>>,
    /// Opens the timer section.
    on_open: Callback<()>,
) -> impl IntoView {
    let locale = use_locale();
    let countdown = use_countdown(live);
    let state = move || countdown.with(|c| c.as_ref().map(Countdown::state).unwrap_or("idle"));
    let label = move || {
        countdown.with(|c| {
            c.as_ref()
                .map(|c| c.label.clone())
                .unwrap_or_else(|| locale.t("timer-title"))
        })
    };
    let face = move || {
        countdown.with(|c| match c {
            Some(c) if c.remaining == 0 => locale.t("timer-up"),
            Some(c) => clock_face(c.remaining),
            None => locale.t("console-timer-idle"),
        })
    };
    view! {
        <button
            type="button"
            class="timer-chip"
            data-testid="console-timer"
            data-state=state
            on:click=move |_| on_open.run(())
        >
            <span class="timer-chip-label">{label}</span>
            <span class="timer-chip-clock" role="timer">
                {face}
            </span>
        </button>
    }
}

/// The moderator's timer: what it is for, how long, start and stop, and the time left.
#[component]
pub fn TimerPanel(#[prop(into)] live: Signal<Option<Live>>) -> impl IntoView {
    let locale = use_locale();
    let countdown = use_countdown(live);
    // `None` until the moderator types: the default words follow the page's language.
    let label = RwSignal::new(None::<String>);
    let minutes = RwSignal::new(DEFAULT_MINUTES);
    let failure = RwSignal::new(None::<ApiFailure>);

    let propose = move |change: Change| {
        let Some(l) = live.get_untracked() else {
            return;
        };
        match l.propose(Edit {
            id: browser::new_edit_id(),
            change,
        }) {
            Ok(()) => failure.set(None),
            Err(e) => failure.set(Some(ApiFailure::invalid(ErrorDetail::from(&e)))),
        }
    };
    let start = move |_| {
        let Some(l) = live.get_untracked() else {
            return;
        };
        let text = label
            .get_untracked()
            .unwrap_or_else(|| locale.t("timer-default-label"));
        propose(Change::StartTimer {
            label: text,
            seconds: minutes.get_untracked() * 60,
            // Shown at once from this estimate; the server stamps its own time on receipt.
            started_at: l.server_now(),
        });
    };
    let running = move || countdown.with(Option::is_some);

    view! {
        <section class="panel timer-panel" data-testid="timer-panel">
            <h2>{move || locale.t("timer-title")}</h2>
            <LabelledField label="timer-label">
                <input
                    type="text"
                    name="timer-label"
                    autocomplete="off"
                    maxlength=crate::domain::limits::TIMER_LABEL.to_string()
                    prop:value=move || {
                        label.get().unwrap_or_else(|| locale.t("timer-default-label"))
                    }
                    on:input=move |ev| label.set(Some(event_target_value(&ev)))
                />
            </LabelledField>
            <TimerPresets minutes />
            <div class="button-row">
                <button
                    type="button"
                    class="primary"
                    data-testid="timer-start"
                    disabled=move || live.with(Option::is_none)
                    on:click=start
                >
                    {move || locale.t("timer-start")}
                </button>
                <button
                    type="button"
                    class="secondary"
                    data-testid="timer-stop"
                    disabled=move || !running()
                    on:click=move |_| propose(Change::StopTimer)
                >
                    {move || locale.t("timer-stop")}
                </button>
            </div>
            <TimeLeft countdown />
            <ErrorMessage error=FormErrors::new(failure, &[]).general() />
        </section>
    }
    .into_any()
}

/// The moderator's choice of how long: one button a preset.
#[component]
fn TimerPresets(minutes: RwSignal<u32>) -> impl IntoView {
    let locale = use_locale();
    let presets = PRESETS
        .into_iter()
        .map(|m| {
            view! {
                <button
                    type="button"
                    class="timer-preset"
                    data-testid="timer-preset"
                    data-minutes=m.to_string()
                    aria-pressed=move || (minutes.get() == m).to_string()
                    on:click=move |_| minutes.set(m)
                >
                    {move || locale.t_with("timer-minutes", &[("minutes", m.into())])}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <span class="field-label">{move || locale.t("timer-duration")}</span>
            <div class="timer-presets">{presets}</div>
        </div>
    }
}

/// The time left on the moderator's panel, or that no timer runs.
#[component]
fn TimeLeft(countdown: Memo<Option<Countdown>>) -> impl IntoView {
    let locale = use_locale();
    let remaining = move || {
        countdown.with(|c| {
            c.as_ref().map(|c| {
                if c.remaining == 0 {
                    locale.t("timer-up")
                } else {
                    locale.t_with(
                        "timer-remaining",
                        &[("time", clock_face(c.remaining).into())],
                    )
                }
            })
        })
    };
    view! {
        <p
            class="timer-remaining"
            data-testid="timer-remaining"
            data-state=move || {
                countdown.with(|c| c.as_ref().map(Countdown::state).unwrap_or("idle"))
            }
        >
            {move || remaining().unwrap_or_else(|| locale.t("timer-idle"))}
        </p>
    }
}

/// The chime: two soft sine notes from WebAudio, no sound files. Browsers let a page make
/// sound only after a person has touched it, so the audio context is made on the first touch,
/// click or key; before that, and wherever audio fails, the timer stays silent.
#[cfg(feature = "hydrate")]
mod sound {
    use std::cell::{Cell, RefCell};

    use leptos::prelude::document;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::{Closure, JsValue};
    use web_sys::{AudioContext, AudioContextState, OscillatorType};

    thread_local! {
        static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
        static LISTENING: Cell<bool> = const { Cell::new(false) };
    }

    /// Listens, once per page, for the person's first touch, click or key.
    pub fn unlock_on_gesture() {
        if LISTENING.replace(true) {
            return;
        }
        let unlock = Closure::<dyn FnMut(web_sys::Event)>::new(|_| unlock());
        for event in ["pointerdown", "touchend", "keydown"] {
            let _ = document().add_event_listener_with_callback_and_bool(
                event,
                unlock.as_ref().unchecked_ref(),
                true,
            );
        }
        // Kept for the page's life, like the listeners themselves.
        unlock.forget();
    }

    /// Inside a gesture: make the audio context, or wake it if the browser suspended it.
    fn unlock() {
        CONTEXT.with(|context| {
            let mut context = context.borrow_mut();
            if context.is_none() {
                *context = AudioContext::new().ok();
            }
            if let Some(c) = context.as_ref()
                && c.state() == AudioContextState::Suspended
            {
                let _ = c.resume();
            }
        });
    }

    /// Plays the chime if the page may make sound; says whether it could.
    pub fn chime() -> bool {
        CONTEXT.with(|context| {
            context
                .borrow()
                .as_ref()
                .is_some_and(|c| c.state() == AudioContextState::Running && play(c).is_ok())
        })
    }

    /// Two notes, E5 then A5, each rising in 30 ms and fading over a second and a half.
    fn play(context: &AudioContext) -> Result<(), JsValue> {
        let begin = context.current_time() + 0.05;
        for (i, frequency) in [659.25_f32, 880.0].into_iter().enumerate() {
            let at = begin + 0.4 * i as f64;
            let oscillator = context.create_oscillator()?;
            oscillator.set_type(OscillatorType::Sine);
            oscillator.frequency().set_value_at_time(frequency, at)?;
            let gain = context.create_gain()?;
            let volume = gain.gain();
            volume.set_value_at_time(0.0, at)?;
            volume.linear_ramp_to_value_at_time(0.15, at + 0.03)?;
            volume.exponential_ramp_to_value_at_time(0.0001, at + 1.5)?;
            oscillator.connect_with_audio_node(&gain)?;
            gain.connect_with_audio_node(&context.destination())?;
            oscillator.start_with_when(at)?;
            oscillator.stop_with_when(at + 1.6)?;
        }
        Ok(())
    }
}

#[cfg(not(feature = "hydrate"))]
mod sound {
    pub fn unlock_on_gesture() {}
    pub fn chime() -> bool {
        false
    }
}
