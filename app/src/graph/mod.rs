//! The relationship graph: measures (degree, betweenness, components, communities) on
//! petgraph and a deterministic force-directed layout. **Pure**: no I/O, no framework; plain
//! indices in, plain numbers out, so it is tested against networkx fixtures.

pub mod layout;
pub mod measures;
