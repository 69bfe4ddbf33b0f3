//! The sync core against a simulated server and a hostile network: thousands of random edits
//! from several devices — undos and redos among them — with disconnects, resends, duplicates
//! and reordering, must end with every device showing the server's workshop and every
//! surviving edit applied exactly once.

use std::collections::{HashMap, HashSet, VecDeque};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::{Notice, Replica};

mod undo;
use crate::domain::{
    Actor, Attitude, Change, Edit, EditId, Group, GroupId, Language, StakeholderFields,
    StakeholderId, StakeholderPatch, Valid, Workshop, WorkshopId, WorkshopSetup,
};
use crate::wire::{EditEvent, ErrorCode, ErrorDetail, ServerMessage};

/// What the real server does, in memory: dedupe by edit id, validate, log, broadcast.
struct Server {
    workshop: Workshop,
    applied: HashMap<EditId, u64>,
    log: Vec<EditEvent>,
}

impl Server {
    fn new() -> Self {
        Self {
            workshop: workshop(),
            applied: HashMap::new(),
            log: Vec::new(),
        }
    }

    fn apply(&mut self, actor: Actor, edit: Edit) -> (ServerMessage, Option<EditEvent>) {
        if let Some(seq) = self.applied.get(&edit.id) {
            return (
                ServerMessage::Ack {
                    edit_id: edit.id,
                    seq: *seq,
                },
                None,
            );
        }
        match self.workshop.validate(actor, edit.change) {
            Ok(valid) => {
                let seq = self.workshop.seq() + 1;
                let event = EditEvent {
                    seq,
                    edit_id: edit.id.clone(),
                    actor,
                    change: valid.change().clone(),
                };
                self.workshop.apply(valid);
                self.applied.insert(edit.id.clone(), seq);
                self.log.push(event.clone());
                (
                    ServerMessage::Ack {
                        edit_id: edit.id,
                        seq,
                    },
                    Some(event),
                )
            }
            Err(e) => (
                ServerMessage::Rejected {
                    edit_id: edit.id,
                    error: ErrorDetail::from(&e),
                },
                None,
            ),
        }
    }

    /// The answer to `hello`: the log since, when short, else a snapshot.
    fn hello(&self, since: Option<u64>) -> Vec<ServerMessage> {
        let now = self.workshop.seq();
        match since {
            Some(s) if s <= now && now - s <= 5 => self.log[s as usize..]
                .iter()
                .map(|e| ServerMessage::Event { event: e.clone() })
                .collect(),
            _ => vec![ServerMessage::Snapshot {
                workshop: Box::new(self.workshop.clone()),
            }],
        }
    }
}

struct Device {
    actor: Actor,
    replica: Replica,
    online: bool,
    up: VecDeque<Edit>,
    down: VecDeque<ServerMessage>,
}

impl Device {
    fn new(actor: Actor) -> Self {
        Self {
            actor,
            replica: Replica::new(actor),
            online: false,
            up: VecDeque::new(),
            down: VecDeque::new(),
        }
    }

    fn connect(&mut self, server: &Server) {
        self.online = true;
        self.up.clear();
        self.down = server.hello(self.replica.since()).into();
        self.up.extend(self.replica.outbox().cloned());
    }

    fn drop_connection(&mut self) {
        self.online = false;
        self.up.clear();
        self.down.clear();
    }
}

fn gid(n: u8) -> GroupId {
    GroupId::from_random_bytes([n; 16])
}

fn workshop() -> Workshop {
    Workshop::create(WorkshopSetup {
        id: WorkshopId::from_random_bytes([1; 16]),
        title: "Sync".into(),
        focal: String::new(),
        question: String::new(),
        date: String::new(),
        place: String::new(),
        language: Language::Ru,
        groups: vec![Group::new(gid(1), "A"), Group::new(gid(2), "B")],
        demo: false,
    })
    .expect("valid")
}

fn random_edit(rng: &mut StdRng, device: &Device, counter: &mut u64) -> Option<Edit> {
    let view = device.replica.view()?;
    *counter += 1;
    let id = EditId::parse(&format!("e{counter}")).expect("valid id");
    let group = match device.actor {
        Actor::Group(g) => g,
        Actor::Moderator => gid(rng.random_range(1..=2)),
    };
    let mine: Vec<StakeholderId> = view
        .stakeholders()
        .iter()
        .filter(|s| device.actor == Actor::Moderator || s.group() == group)
        .map(|s| s.id())
        .collect();
    let roll = if mine.is_empty() {
        0
    } else {
        rng.random_range(0..10)
    };
    let change = match roll {
        0..=3 => Change::AddStakeholder {
            id: StakeholderId::from_random_bytes(rng.random()),
            group,
            fields: StakeholderFields {
                name: format!("S{counter}"),
                category: "state".into(),
                level: "local".into(),
                interest: rng.random_range(1..=5),
                influence: rng.random_range(1..=5),
                attitude: Attitude::Unknown,
                interests: String::new(),
                cooperation: String::new(),
                notes: String::new(),
            },
        },
        4..=8 => Change::UpdateStakeholder {
            id: mine[rng.random_range(0..mine.len())],
            patch: match rng.random_range(0..3) {
                0 => StakeholderPatch {
                    interest: Some(rng.random_range(1..=5)),
                    ..Default::default()
                },
                1 => StakeholderPatch {
                    influence: Some(rng.random_range(1..=5)),
                    ..Default::default()
                },
                _ => StakeholderPatch {
                    name: Some(format!("R{counter}")),
                    ..Default::default()
                },
            },
        },
        _ => Change::DeleteStakeholder {
            id: mine[rng.random_range(0..mine.len())],
        },
    };
    Some(Edit { id, change })
}

/// Several devices, a server and the network between them, driven by one seeded generator.
struct Network {
    rng: StdRng,
    server: Server,
    devices: Vec<Device>,
    /// Every edit a device's replica accepted, and those the server refused.
    proposed: HashSet<EditId>,
    rejected: HashSet<EditId>,
    counter: u64,
    /// Undos and redos the devices sent.
    reversed: usize,
}

impl Network {
    /// Two tablets of group A, one of group B and the moderator, all connected.
    fn new(seed: u64) -> Self {
        let server = Server::new();
        let actors = [
            Actor::Group(gid(1)),
            Actor::Group(gid(1)),
            Actor::Group(gid(2)),
            Actor::Moderator,
        ];
        let mut devices: Vec<Device> = actors.iter().map(|&actor| Device::new(actor)).collect();
        for device in &mut devices {
            device.connect(&server);
        }
        Self {
            rng: StdRng::seed_from_u64(seed),
            server,
            devices,
            proposed: HashSet::new(),
            rejected: HashSet::new(),
            counter: 0,
            reversed: 0,
        }
    }

    /// One random thing happens to one device: an edit, a message up (any queued one may
    /// overtake the others) or down, a duplicate resend, a lost or a new connection.
    fn step(&mut self) {
        let i = self.rng.random_range(0..self.devices.len());
        match self.rng.random_range(0..100) {
            0..=29 => self.propose(i),
            30..=54 if !self.devices[i].up.is_empty() => {
                let pick = self.rng.random_range(0..self.devices[i].up.len());
                self.deliver_up(i, pick);
            }
            55..=84 => self.deliver_down(i),
            85..=89 if self.devices[i].online => {
                // A duplicate resend of something still waiting.
                let again = self.devices[i].replica.outbox().next().cloned();
                if let Some(edit) = again {
                    self.devices[i].up.push_back(edit);
                }
            }
            90..=94 => self.devices[i].drop_connection(),
            95..=99 if !self.devices[i].online => self.devices[i].connect(&self.server),
            _ => {}
        }
    }

    /// A new edit on device `i`, or (one time in four) an undo or a redo of its own.
    fn propose(&mut self, i: usize) {
        let roll = self.rng.random_range(0..8);
        let device = &mut self.devices[i];
        if roll < 2 {
            self.counter += 1;
            let id = EditId::parse(&format!("u{}", self.counter)).expect("valid id");
            let done = if roll == 0 {
                device.replica.undo(id.clone())
            } else {
                device.replica.redo(id.clone())
            };
            if done == Ok(true) {
                let edit = device.replica.outbox().last().cloned().expect("sent");
                self.proposed.insert(id);
                self.reversed += 1;
                if device.online {
                    device.up.push_back(edit);
                }
            }
            return;
        }
        if let Some(edit) = random_edit(&mut self.rng, device, &mut self.counter)
            && device.replica.propose(edit.clone()).is_ok()
        {
            self.proposed.insert(edit.id.clone());
            if device.online {
                device.up.push_back(edit);
            }
        }
    }

    /// Device `i`'s queued edit `pick` reaches the server; the answer and the event go back.
    /// One time in eight the server cannot take it now (its edits-a-second limit, as for an
    /// outbox sent in one go after a long time offline): refused as `rate_limited`, nothing
    /// applied.
    fn deliver_up(&mut self, i: usize, pick: usize) {
        let Some(edit) = self.devices[i].up.remove(pick) else {
            return;
        };
        if self.rng.random_range(0..8) == 0 {
            self.devices[i].down.push_back(ServerMessage::Rejected {
                edit_id: edit.id,
                error: ErrorDetail::new(ErrorCode::RateLimited, "too many edits a second"),
            });
            return;
        }
        let (answer, event) = self.server.apply(self.devices[i].actor, edit);
        self.devices[i].down.push_back(answer);
        if let Some(event) = event {
            for d in self.devices.iter_mut().filter(|d| d.online) {
                d.down.push_back(ServerMessage::Event {
                    event: event.clone(),
                });
            }
        }
    }

    fn deliver_down(&mut self, i: usize) {
        let device = &mut self.devices[i];
        let Some(message) = device.down.pop_front() else {
            return;
        };
        match device.replica.receive(message) {
            Some(Notice::Rejected { edit, error }) => {
                assert!(
                    !error.code.is_transient(),
                    "{:?} dropped for a refusal that only said \"not now\"",
                    edit.id
                );
                self.rejected.insert(edit.id);
            }
            // `hello` again (at once here; the browser waits two seconds).
            Some(Notice::Resync | Notice::Retry) => device.connect(&self.server),
            None => {}
        }
    }

    /// The network heals: everyone reconnects and every queue drains.
    fn heal(&mut self) {
        for device in &mut self.devices {
            device.connect(&self.server);
        }
        for _ in 0..100_000 {
            let busy: Vec<usize> = (0..self.devices.len())
                .filter(|&i| !self.devices[i].up.is_empty() || !self.devices[i].down.is_empty())
                .collect();
            let Some(&i) = busy.first() else { break };
            if !self.devices[i].up.is_empty() {
                self.deliver_up(i, 0);
            } else {
                self.deliver_down(i);
            }
        }
    }

    /// Every device shows the server's workshop with an empty outbox; every edit that was
    /// not refused is in the log exactly once (none dropped for a "not now"), and the log
    /// rebuilds the workshop.
    fn check(&self, seed: u64) {
        let server = &self.server;
        for (n, device) in self.devices.iter().enumerate() {
            assert_eq!(
                device.replica.waiting(),
                0,
                "seed {seed}: device {n} still has an outbox"
            );
            assert_eq!(
                device.replica.view().as_ref(),
                Some(&server.workshop),
                "seed {seed}: device {n} differs from the server"
            );
        }
        let logged: Vec<&EditId> = server.log.iter().map(|e| &e.edit_id).collect();
        let unique: HashSet<&EditId> = logged.iter().copied().collect();
        assert_eq!(
            unique.len(),
            logged.len(),
            "seed {seed}: an edit was applied twice"
        );
        // Nothing lost: every edit not refused is in the log; nothing invented. An edit
        // refused once (one it builds on had not been taken yet) may be in the log too: a copy
        // of it already on its way arrived after that one was.
        let proposed: HashSet<&EditId> = self.proposed.iter().collect();
        assert!(
            unique.is_subset(&proposed),
            "seed {seed}: an edit was invented"
        );
        let kept: HashSet<&EditId> = self.proposed.difference(&self.rejected).collect();
        let lost: Vec<_> = kept.difference(&unique).collect();
        assert!(lost.is_empty(), "seed {seed}: edits lost: {lost:?}");

        let mut replayed = workshop();
        for event in &server.log {
            replayed.apply(Valid::from_log(event.change.clone()));
        }
        assert_eq!(
            replayed, server.workshop,
            "seed {seed}: the log does not rebuild the state"
        );
    }
}

/// Runs one random scenario; returns how many edits the devices proposed, and how many of
/// them were undos or redos.
fn scenario(seed: u64, steps: usize) -> (usize, usize) {
    let mut network = Network::new(seed);
    for _ in 0..steps {
        network.step();
    }
    network.heal();
    network.check(seed);
    (network.proposed.len(), network.reversed)
}

#[test]
fn devices_converge_and_apply_every_edit_exactly_once_despite_the_network() {
    let (mut edits, mut reversed) = (0, 0);
    for seed in 0..200 {
        let (e, r) = scenario(seed, 400);
        edits += e;
        reversed += r;
    }
    assert!(edits > 10_000, "the scenarios made {edits} edits");
    assert!(reversed > 1_000, "of them {reversed} undos and redos");
}

#[test]
fn an_acknowledged_edit_stays_visible_until_its_event_arrives() {
    let mut server = Server::new();
    let actor = Actor::Group(gid(1));
    let mut replica = Replica::new(actor);
    for message in server.hello(None) {
        replica.receive(message);
    }
    let mut counter = 0;
    let device = Device {
        actor,
        replica: replica.clone(),
        online: true,
        up: VecDeque::new(),
        down: VecDeque::new(),
    };
    let edit = random_edit(&mut StdRng::seed_from_u64(7), &device, &mut counter).expect("an edit");
    replica.propose(edit.clone()).expect("valid");
    let (ack, event) = server.apply(actor, edit);
    replica.receive(ack);
    assert_eq!(
        replica.view().map(|w| w.stakeholders().len()),
        Some(1),
        "still shown after the ack"
    );
    replica.receive(ServerMessage::Event {
        event: event.expect("an event"),
    });
    assert_eq!(replica.waiting(), 0);
    assert_eq!(replica.view(), Some(server.workshop.clone()));
}
