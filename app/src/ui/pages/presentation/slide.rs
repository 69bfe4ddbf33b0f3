//! What each slide shows: the join codes, a group's or the combined grid, graph and table,
//! and where the groups disagree, all filling the screen and paged alike.

use leptos::prelude::*;

use super::Slide;
use super::join::JoinSlide;
use super::table::TableSlide;
use crate::chart::{GridOptions, Scope};
use crate::domain::{CombinedMap, GroupId, Moment, Workshop};
use crate::ui::components::{Contested, Frame, PictureKind, PictureView};
use crate::wire::GroupView;

/// What the slides read: the live workshop, the page on screen and where to say how many
/// pages the slide has, the screen's size, the join codes.
#[derive(Clone, Copy)]
pub(super) struct Deck {
    pub workshop: Signal<Option<Workshop>>,
    /// The combined map, computed once per change for every slide that shows it.
    pub map: Signal<Option<CombinedMap>>,
    /// The groups in the plenary's order.
    pub groups: Memo<Vec<GroupId>>,
    pub page: Signal<usize>,
    pub pages: RwSignal<usize>,
    pub size: RwSignal<(f64, f64)>,
    pub codes: RwSignal<Vec<GroupView>>,
    /// Opened by a loopback address, which tablets cannot reach.
    pub local_only: RwSignal<bool>,
}

impl Deck {
    fn group(self, g: usize) -> Option<GroupId> {
        self.groups.with(|list| list.get(g).copied())
    }

    /// A group's slides show its entries; the rest, the combined map.
    fn options(self, slide: Slide) -> GridOptions {
        match slide {
            Slide::Grid(g) | Slide::Graph(g) | Slide::Table(g) => {
                GridOptions::scope(self.group(g).map_or(Scope::AllGroups, Scope::Group))
            }
            Slide::Changes => GridOptions {
                at: Moment::Round(self.rounds()),
                since: Some(Moment::Round(1)),
                ..GridOptions::scope(Scope::Combined)
            },
            _ => GridOptions::scope(Scope::Combined),
        }
    }

    fn rounds(self) -> usize {
        self.workshop
            .with(|w| w.as_ref().map_or(0, |w| w.rounds().len()))
    }

    /// The slide's content, called by the page's reactive body (which tracks what it reads).
    pub fn show(self, slide: Slide) -> AnyView {
        let Self {
            workshop,
            map,
            page,
            pages,
            size,
            codes,
            local_only,
            ..
        } = self;
        let options = Signal::derive(move || self.options(slide));
        let picture = |kind| {
            let frame = Frame::new(workshop, options)
                .map(map)
                .projector(page, pages);
            view! { <PictureView kind frame /> }.into_any()
        };
        match slide {
            Slide::Grid(_) | Slide::CombinedGrid | Slide::Changes => picture(PictureKind::Grid),
            Slide::Graph(_) | Slide::CombinedGraph => picture(PictureKind::Graph),
            Slide::Table(g) => {
                view! { <TableSlide workshop map group=self.group(g) page pages size /> }.into_any()
            }
            Slide::CombinedTable => {
                view! { <TableSlide workshop map group=None page pages size /> }.into_any()
            }
            Slide::Contested => view! {
                <div class="slide slide-contested">
                    <Contested workshop map projector=true page pages />
                </div>
            }
            .into_any(),
            Slide::Join => view! { <JoinSlide codes size local_only /> }.into_any(),
        }
    }
}
