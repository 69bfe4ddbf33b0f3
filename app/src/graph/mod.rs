//! The relationship graph: measures (degree, betweenness, components, communities) on
//! petgraph and a deterministic force-directed layout. **Pure**: no I/O, no framework; plain
//! indices in, plain numbers out, so it is tested against networkx fixtures. `random` is the
//! seeded generator the layout starts from and the tests and benchmarks draw graphs with.

pub mod layout;
pub mod measures;
pub mod random;
