//! Reusable pieces of the pages.

mod canvas_size;
mod choice;
mod file_upload;
mod form_actions;
mod graph_view;
mod grid_view;
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
pub use file_upload::{FilePicker, FileProblems};
pub use form_actions::FormActions;
pub use graph_view::GraphView;
pub use grid_view::GridView;
pub use lang_switch::LangSwitch;
pub use relationship_form::RelationshipForm;
pub use score_stepper::ScoreStepper;
pub use stakeholder_form::{StakeholderForm, StakeholderInput};
pub use stakeholder_list::StakeholderList;
pub use sync_status::SyncStatus;
pub use timer::{TimerBar, TimerPanel};
pub use top_bar::TopBar;
pub use worksheet::Worksheet;
