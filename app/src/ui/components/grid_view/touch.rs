//! Moving a marker by touch, mouse or pen: drag it to a cell, or tap it and then tap a cell.
//! While a finger drags, the grid previews where the marker lands.

use leptos::html::Div;
use leptos::prelude::*;

use super::Move;
use crate::chart::{GridLayout, Point};
use crate::domain::{StakeholderId, Workshop};
use crate::ui::browser;

/// A pointer that went down on a marker.
#[derive(Clone, Copy)]
pub(super) struct Press {
    id: StakeholderId,
    start: Point,
    moved: bool,
}

/// How far a finger may wander before a tap becomes a drag, in CSS pixels.
const DRAG_SLOP: f64 = 8.0;

/// What the pointer handlers read and change.
#[derive(Clone, Copy)]
pub(super) struct Touch {
    pub container: NodeRef<Div>,
    pub size: RwSignal<(f64, f64)>,
    pub workshop: Signal<Option<Workshop>>,
    pub layout: Memo<Option<GridLayout>>,
    /// A marker tapped, waiting for the cell it goes to.
    pub selected: RwSignal<Option<StakeholderId>>,
    /// Where a dragged marker would land.
    pub preview: RwSignal<Option<Move>>,
    pub press: StoredValue<Option<Press>>,
    pub on_move: Option<Callback<Move>>,
}

impl Touch {
    /// A pointer position in the picture's own pixels.
    fn point(self, x: i32, y: i32) -> Option<Point> {
        let el = self.container.get_untracked()?;
        let (dx, dy, drawn) = browser::local_point(&el, x, y)?;
        let scale = self.size.get_untracked().0 / drawn;
        Some(Point::new(dx * scale, dy * scale))
    }

    fn cell(self, p: Point) -> Option<(u8, u8)> {
        self.layout.with_untracked(|l| l.as_ref()?.cell_at(p))
    }

    /// Moves `id` to `target` (interest, influence), unless it is there already.
    pub fn commit(self, id: StakeholderId, target: Option<(u8, u8)>) {
        let Some(on_move) = self.on_move else { return };
        let Some((interest, influence)) = target else {
            return;
        };
        let unchanged = self.workshop.with_untracked(|w| {
            w.as_ref()
                .and_then(|w| w.stakeholder(id))
                .is_some_and(|s| (s.interest(), s.influence()) == (interest, influence))
        });
        if !unchanged {
            on_move.run((id, interest, influence));
        }
    }

    pub fn down(self, ev: leptos::ev::PointerEvent) {
        if self.on_move.is_none() {
            return;
        }
        let Some(p) = self.point(ev.client_x(), ev.client_y()) else {
            return;
        };
        let hit = self
            .layout
            .with_untracked(|l| l.as_ref().and_then(|l| l.marker_at(p)));
        match (hit, self.selected.get_untracked()) {
            (Some(id), _) => {
                self.press.set_value(Some(Press {
                    id,
                    start: p,
                    moved: false,
                }));
                if let Some(el) = self.container.get_untracked() {
                    let _ = el.set_pointer_capture(ev.pointer_id());
                }
                ev.prevent_default();
            }
            // A marker was picked before: this tap says where it goes.
            (None, Some(id)) => {
                self.commit(id, self.cell(p));
                self.selected.set(None);
            }
            (None, None) => {}
        }
    }

    pub fn moved(self, ev: leptos::ev::PointerEvent) {
        let Some(mut pressed) = self.press.get_value() else {
            return;
        };
        let Some(p) = self.point(ev.client_x(), ev.client_y()) else {
            return;
        };
        let scale = self.size.get_untracked().0.max(1.0) / 1000.0;
        if !pressed.moved && p.distance(pressed.start) < DRAG_SLOP * scale.max(1.0) {
            return;
        }
        pressed.moved = true;
        self.press.set_value(Some(pressed));
        self.selected.set(None);
        if let Some((interest, influence)) = self.cell(p) {
            self.preview.set(Some((pressed.id, interest, influence)));
        }
    }

    pub fn up(self, ev: leptos::ev::PointerEvent) {
        let Some(pressed) = self.press.get_value() else {
            return;
        };
        self.press.set_value(None);
        if pressed.moved {
            let target = self
                .point(ev.client_x(), ev.client_y())
                .and_then(|p| self.cell(p))
                .or_else(|| self.preview.get_untracked().map(|(_, i, f)| (i, f)));
            self.commit(pressed.id, target);
            self.preview.set(None);
        } else if self.selected.get_untracked() == Some(pressed.id) {
            self.selected.set(None);
        } else {
            self.selected.set(Some(pressed.id));
        }
    }

    pub fn cancel(self) {
        self.press.set_value(None);
        self.preview.set(None);
    }
}
