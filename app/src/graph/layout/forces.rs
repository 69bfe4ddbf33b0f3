//! The force phase: Fruchterman–Reingold sweeps in natural units (ideal edge length 1), with
//! components interacting as wholes, and Hu's adaptive cooling that decides when a run has
//! settled.

use super::bodies::{Bodies, Extent};
use super::graph::Graph;
use super::quadtree::QuadTree;

/// Push per unit of overlap between discs in the force phase, so the final overlap removal has
/// little left to do and distorts the picture less.
const OVERLAP_PUSH: f64 = 8.0;
/// Components keep their boxes `COMPONENT_PAD` apart, with this push per unit of overlap.
const COMPONENT_PUSH: f64 = 20.0;
const COMPONENT_PAD: f64 = 0.5;
/// Pull of each component's centroid towards the centre of everything (per unit of distance,
/// geometric mean of the two axes; stronger across the box's short side).
const GRAVITY: f64 = 1.5;
/// Edges at a node of degree k are `HUB_SOFTNESS`·√k times longer (when that exceeds 1).
const HUB_SOFTNESS: f64 = 0.5;

/// Hu's adaptive step: the factor by which the step shrinks (or, after steady progress, grows
/// back), and the step below which a run counts as settled.
const COOL: f64 = 0.9;
const MIN_STEP: f64 = 0.002;
/// Upper bound on the sweeps of any one run.
pub(super) const MAX_SWEEPS: usize = 300;
/// `Motion::Gentle` moves a node at most `GENTLE_RATE` times its force: small enough to be
/// stable under the stiffest hub springs, so a picture in equilibrium stays put.
const GENTLE_RATE: f64 = 0.05;

/// Fruchterman–Reingold in natural units (ideal edge length 1): attraction d² along edges,
/// repulsion 1/d between the nodes of a component (quadtree, cell against cell).
///
/// Components interact only as wholes: each is repelled by the others as by their total mass at
/// their centroids, pushed off any other whose bounding box (padded) its own overlaps, and
/// pulled towards the centre of everything. Every node of a component moves with the same share
/// of that, so one component never squeezes another out of shape, and isolated nodes and small
/// components pack around the main one instead of being flung away or wedged into it.
pub(super) struct Forces<'g> {
    graph: &'g Graph,
    /// Node radii (plus half the gap) in natural units.
    pub(super) radii: Vec<f64>,
    /// Gravity multipliers per axis: stronger across the box's short side, so components are
    /// parked in an ellipse of the box's proportions.
    gravity_x: f64,
    gravity_y: f64,
    pub(super) aspect: f64,
    /// Per edge, see `edge_softness`.
    softness: Vec<f64>,
    /// Nodes that do not move (none if empty), and how the others move.
    pub(super) frozen: Vec<bool>,
    pub(super) motion: Motion,
    /// Nodes grouped by component (ascending within each), and where each group starts.
    members: Vec<u32>,
    group_starts: Vec<usize>,
    node_tree: QuadTree,
    fx: Vec<f64>,
    fy: Vec<f64>,
    ones: Vec<f64>,
    /// Per component: size, centroid, bounding disc and box, and the force on each of its
    /// nodes.
    component_mass: Vec<f64>,
    cx: Vec<f64>,
    cy: Vec<f64>,
    component_radius: Vec<f64>,
    component_box: Vec<Extent>,
    cfx: Vec<f64>,
    cfy: Vec<f64>,
    component_tree: QuadTree,
}

impl<'g> Forces<'g> {
    pub(super) fn new(graph: &'g Graph, radii: Vec<f64>, aspect: f64) -> Self {
        let n = radii.len();
        let components = graph.components;
        let mut component_mass = vec![0.0; components];
        for &c in &graph.component {
            component_mass[c] += 1.0;
        }
        let mut group_starts = vec![0; components + 1];
        for &c in &graph.component {
            group_starts[c + 1] += 1;
        }
        for c in 0..components {
            group_starts[c + 1] += group_starts[c];
        }
        let mut fill = group_starts.clone();
        let mut members = vec![0; n];
        for (i, &c) in graph.component.iter().enumerate() {
            members[fill[c]] = i as u32;
            fill[c] += 1;
        }
        Forces {
            graph,
            radii,
            gravity_x: GRAVITY / aspect,
            gravity_y: GRAVITY * aspect,
            aspect,
            softness: graph
                .edges
                .iter()
                .map(|&(a, b)| edge_softness(graph, a, b))
                .collect(),
            frozen: Vec::new(),
            motion: Motion::Full,
            members,
            group_starts,
            node_tree: QuadTree::default(),
            fx: vec![0.0; n],
            fy: vec![0.0; n],
            ones: vec![1.0; n],
            component_mass,
            cx: vec![0.0; components],
            cy: vec![0.0; components],
            component_radius: vec![0.0; components],
            component_box: vec![Extent::default(); components],
            cfx: vec![0.0; components],
            cfy: vec![0.0; components],
            component_tree: QuadTree::default(),
        }
    }

    /// Sweeps until `cooling` has cooled down or `max_sweeps` have run; returns the sweeps run.
    pub(super) fn run(
        &mut self,
        xs: &mut [f64],
        ys: &mut [f64],
        cooling: &mut Cooling,
        max_sweeps: usize,
    ) -> usize {
        let all_components: Vec<u32> = (0..self.graph.components as u32).collect();
        for sweep in 0..max_sweeps {
            if cooling.done() {
                return sweep;
            }
            self.node_forces(xs, ys);
            self.component_forces(xs, ys, &all_components);
            let energy = self.step(xs, ys, cooling.step);
            cooling.update(energy);
        }
        max_sweeps
    }

    /// Sets `fx`, `fy` to the forces within components: repulsion and overlap pushes between
    /// the nodes, attraction along the edges.
    fn node_forces(&mut self, xs: &[f64], ys: &[f64]) {
        self.fx.fill(0.0);
        self.fy.fill(0.0);
        let nodes = Bodies {
            xs,
            ys,
            masses: &self.ones,
            radii: &self.radii,
            boxes: None,
            push: OVERLAP_PUSH,
        };
        self.node_tree
            .build(&nodes, &self.members, &self.group_starts);
        self.node_tree.repulsion(&nodes, &mut self.fx, &mut self.fy);
        for (&(a, b), &softness) in self.graph.edges.iter().zip(&self.softness) {
            let dx = xs[a] - xs[b];
            let dy = ys[a] - ys[b];
            let d = (dx * dx + dy * dy).sqrt() * softness;
            self.fx[a] -= dx * d;
            self.fy[a] -= dy * d;
            self.fx[b] += dx * d;
            self.fy[b] += dy * d;
        }
    }

    /// Sets `cfx`, `cfy` to the force on each component as a whole: gravity, and the
    /// repulsion and box pushes between components.
    fn component_forces(&mut self, xs: &[f64], ys: &[f64], all_components: &[u32]) {
        let n = xs.len();
        let components = self.graph.components;
        self.cx.fill(0.0);
        self.cy.fill(0.0);
        for i in 0..n {
            let c = self.graph.component[i];
            self.cx[c] += xs[i];
            self.cy[c] += ys[i];
        }
        for c in 0..components {
            self.cx[c] /= self.component_mass[c];
            self.cy[c] /= self.component_mass[c];
        }
        // Gravity pulls towards the centre of mass of everything, not a fixed point, so
        // it only gathers components and never drags a whole picture sideways.
        let (mut gx, mut gy) = (0.0, 0.0);
        for i in 0..n {
            gx += xs[i];
            gy += ys[i];
        }
        let (gx, gy) = (gx / n as f64, gy / n as f64);
        for c in 0..components {
            self.cfx[c] = -self.gravity_x * (self.cx[c] - gx);
            self.cfy[c] = -self.gravity_y * (self.cy[c] - gy);
        }
        if components > 1 {
            self.component_radius.fill(0.0);
            self.component_box.fill(Extent::EMPTY);
            for i in 0..n {
                let c = self.graph.component[i];
                let (dx, dy, r) = (xs[i] - self.cx[c], ys[i] - self.cy[c], self.radii[i]);
                let reach = (dx * dx + dy * dy).sqrt() + r;
                self.component_radius[c] = self.component_radius[c].max(reach);
                self.component_box[c].include(dx, dy, r);
            }
            for c in 0..components {
                self.component_radius[c] += COMPONENT_PAD / 2.0;
                self.component_box[c].grow(COMPONENT_PAD / 2.0);
            }
            let discs = Bodies {
                xs: &self.cx,
                ys: &self.cy,
                masses: &self.component_mass,
                radii: &self.component_radius,
                boxes: Some(&self.component_box),
                push: COMPONENT_PUSH,
            };
            self.component_tree
                .build(&discs, all_components, &[0, components]);
            self.component_tree
                .repulsion(&discs, &mut self.cfx, &mut self.cfy);
        }
    }

    /// Moves every node that is not frozen by `step` along its force (node and component
    /// forces together, scaled as `motion` says); returns the energy, Σ |force|².
    fn step(&self, xs: &mut [f64], ys: &mut [f64], step: f64) -> f64 {
        let mut energy = 0.0;
        for i in 0..xs.len() {
            if self.frozen.get(i).copied().unwrap_or(false) {
                continue;
            }
            let c = self.graph.component[i];
            let fx = self.fx[i] + self.cfx[c];
            let fy = self.fy[i] + self.cfy[c];
            let len2 = fx * fx + fy * fy;
            energy += len2;
            if len2 > 0.0 {
                let scale = match self.motion {
                    Motion::Full => step / len2.sqrt(),
                    Motion::Gentle => (step / len2.sqrt()).min(GENTLE_RATE),
                };
                xs[i] += fx * scale;
                ys[i] += fy * scale;
            }
        }
        energy
    }
}

#[derive(Clone, Copy)]
pub(super) enum Motion {
    /// Every node moves the full step along its force (Hu's scheme): fast, but a node at rest
    /// still jiggles by a step.
    Full,
    /// Nodes move `GENTLE_RATE` times their force, at most a step: nodes near equilibrium stay
    /// put, for touching up a previous picture.
    Gentle,
}

/// 1 / (ideal length factor) of an edge: edges at hubs are softer, so a hub's many neighbours
/// get room around it instead of buckling into two staggered rings.
pub(super) fn edge_softness(graph: &Graph, a: usize, b: usize) -> f64 {
    let hub = graph.degree(a).max(graph.degree(b)) as f64;
    1.0 / (HUB_SOFTNESS * hub.sqrt()).max(1.0)
}

/// Adaptive step length (Hu 2005, as in `sfdp`): every node moves `step` along its force; the
/// step shrinks whenever the energy (sum of squared forces) rises and grows back after five
/// sweeps of steady progress, and the run ends once it is below `MIN_STEP`. Settles symmetric
/// structures (stars, rings) that a fixed cooling schedule freezes half-way, and stops early
/// once nothing moves.
#[derive(Clone, Copy)]
pub(super) struct Cooling {
    step: f64,
    /// Energy after the previous sweep.
    previous: f64,
    /// Consecutive sweeps that lowered it.
    progress: u32,
}

impl Cooling {
    pub(super) fn new(step: f64) -> Self {
        Cooling {
            step,
            previous: f64::MAX,
            progress: 0,
        }
    }

    fn update(&mut self, energy: f64) {
        if energy < self.previous {
            self.progress += 1;
            if self.progress >= 5 {
                self.progress = 0;
                self.step /= COOL;
            }
        } else {
            self.progress = 0;
            self.step *= COOL;
        }
        self.previous = energy;
    }

    fn done(&self) -> bool {
        self.step < MIN_STEP
    }
}
