//! The client's side of live sync, as pure logic: a [`Replica`] holds what the server has
//! confirmed and the edits still waiting in the outbox, shows their sum, and folds in what the
//! server sends. The browser wires it to a websocket and local storage; tests drive it
//! directly against a simulated server.

mod replica;

pub use replica::{Notice, Replica};

#[cfg(test)]
mod tests;
