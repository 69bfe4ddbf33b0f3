//! The desk: the moderator's and the analyst's pages (console, projector, presentation,
//! report, new workshop, trust). A tablet's pages — the group page, the home page and a join
//! link's — load neither the desk's words (`i18n::Part::Desk`) nor its styles
//! (`public/desk.css`); tests keep every word and style the tablet's code names out of them.

/// Whether the page at `path` is one of the desk's (any page but a tablet's).
pub fn is_desk_page(path: &str) -> bool {
    !(path == "/group" || path == "/" || path.starts_with("/join/"))
}

/// The code that runs only on the desk's pages or only on the server, below `app/src`: the
/// words and the styles only it names may be the desk's.
#[cfg(test)]
pub(crate) const DESK_CODE: [&str; 15] = [
    "ui/pages/moderator",
    "ui/pages/admin_key",
    "ui/pages/analyst",
    "ui/pages/presentation",
    "ui/pages/report",
    "ui/pages/restore_workshop",
    "ui/pages/new_workshop",
    "ui/pages/trust",
    "ui/pages/room_addresses",
    "ui/pages/projector",
    "ui/pages/lazy",
    "ui/components/moves_table",
    "report",
    "export",
    "import",
];

#[cfg(test)]
mod tests;
