//! A form that sends one file: its file input, whether a send is under way, and whether the
//! person pressed send without choosing a file.

use leptos::html::Input;
use leptos::prelude::*;

use crate::ui::browser::{self, PickedFile};

#[derive(Clone, Copy)]
pub struct Upload {
    pub input: NodeRef<Input>,
    pub busy: RwSignal<bool>,
    /// Shows [`FilePicker`](super::FilePicker)'s note that no file was chosen.
    pub missing: RwSignal<bool>,
}

impl Default for Upload {
    fn default() -> Self {
        Self {
            input: NodeRef::new(),
            busy: RwSignal::new(false),
            missing: RwSignal::new(false),
        }
    }
}

impl Upload {
    /// The chosen file, with the form marked busy; without one, `None` and the note shown.
    pub fn start(self) -> Option<PickedFile> {
        let Some(file) = self.input.get().and_then(|i| browser::picked_file(&i)) else {
            self.missing.set(true);
            return None;
        };
        self.missing.set(false);
        self.busy.set(true);
        Some(file)
    }
}
