//! Where a form shows the server's (or the device's) refusal: under the field it names, or at
//! the foot of the form when it names none of the form's fields.

use leptos::prelude::*;

use crate::domain::Field;
use crate::ui::client::ApiFailure;
use crate::ui::locale::{Locale, use_locale};

#[derive(Clone, Copy)]
pub struct FormErrors {
    failure: Signal<Option<ApiFailure>>,
    /// The fields that show their own errors.
    fields: &'static [Field],
    locale: Locale,
}

impl FormErrors {
    pub fn new(failure: impl Into<Signal<Option<ApiFailure>>>, fields: &'static [Field]) -> Self {
        Self {
            failure: failure.into(),
            fields,
            locale: use_locale(),
        }
    }

    /// The message about `field`, in the reader's language.
    pub fn at(self, field: Field) -> Signal<Option<String>> {
        self.message(move |about| about == Some(field.as_str()))
    }

    /// The message about none of the form's fields.
    pub fn general(self) -> Signal<Option<String>> {
        self.message(move |about| {
            about.is_none_or(|x| !self.fields.iter().any(|f| f.as_str() == x))
        })
    }

    fn message(
        self,
        shown: impl Fn(Option<&str>) -> bool + Send + Sync + 'static,
    ) -> Signal<Option<String>> {
        Signal::derive(move || {
            self.failure
                .get()
                .filter(|f| shown(f.field()))
                .map(|f| f.message(self.locale.lang()))
        })
    }
}
