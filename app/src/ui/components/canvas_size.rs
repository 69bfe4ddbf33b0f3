//! The size a picture is drawn at: its box's width in CSS pixels (so type sizes are what the
//! layout says they are), or on the projector the box it fills (the window less the
//! presentation's strip for the slide number); remeasured when the window changes.

use leptos::html::Div;
use leptos::prelude::*;

use crate::ui::browser;

pub fn use_canvas_size(container: NodeRef<Div>, projector: bool) -> RwSignal<(f64, f64)> {
    let size = RwSignal::new((1024.0_f64, 640.0_f64));
    let measure = move || {
        let (win_w, win_h) = browser::window_size();
        let next = if projector {
            container
                .get_untracked()
                .map(|el| (f64::from(el.client_width()), f64::from(el.client_height())))
                .filter(|(w, h)| *w > 0.0 && *h > 0.0)
                .unwrap_or((win_w, win_h))
        } else {
            let w = container
                .get_untracked()
                .map(|el| f64::from(el.client_width()))
                .filter(|w| *w > 0.0)
                .unwrap_or(win_w);
            let h = if w >= win_h { w * 0.62 } else { w * 1.15 };
            (w, h.min(win_h * 0.9).max(420.0))
        };
        if next != size.get_untracked() {
            size.set(next);
        }
    };
    Effect::new(move |_| {
        container.track();
        measure();
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    size
}
