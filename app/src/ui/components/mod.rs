//! Reusable pieces of the pages.

pub mod canvas_size;
mod choice;
mod contested;
mod file_upload;
mod form_actions;
mod graph_view;
mod grid_view;
mod key_pages;
mod lang_switch;
mod relationship_form;
mod score_stepper;
mod stakeholder_form;
mod stakeholder_list;
mod sync_status;
mod timer;
mod top_bar;
pub mod worksheet;

pub use choice::Choice;
pub use contested::Contested;
pub use file_upload::{FilePicker, FileProblems};
pub use form_actions::FormActions;
pub use graph_view::GraphView;
pub use grid_view::GridView;
pub use key_pages::{KeyPages, use_key_pages};
pub use lang_switch::LangSwitch;
pub use relationship_form::RelationshipForm;
pub use score_stepper::ScoreStepper;
pub use stakeholder_form::{StakeholderForm, StakeholderInput};
pub use stakeholder_list::StakeholderList;
pub use sync_status::SyncStatus;
pub use timer::{TimerBar, TimerPanel};
pub use top_bar::TopBar;
pub use worksheet::Worksheet;
