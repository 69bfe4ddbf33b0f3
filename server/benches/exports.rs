//! Benchmarks of the analysts' files (issue 7) on a large workshop: 4 groups, 5,000
//! stakeholders, 20,000 relationships, some merges. Every `app::export` file and
//! `workshop.xlsx`, every group's entries, and the combined map where it does more work.
//! Run: `cargo bench -p server --bench exports`; figures in BENCHMARKS.md.
//! `EXPORTS_PARTS=1 cargo bench -p server --bench exports` times the parts instead (rows,
//! combined map, layout, measures: median of three each), to see where a file's time goes.
//!
//! The workshop is built through the domain's own write path (`Workshop::validate` +
//! `apply`, as the moderator), from a seeded splitmix64 (as `server/examples/graphbench.rs`):
//! the same workshop on every machine. Before timing, the program prints each file's size.

use std::collections::HashSet;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};

use app::chart::{GraphLayout, GridOptions, graph_input};
use app::domain::{
    Actor, Attitude, Change, Group, GroupId, Language, MergeId, RelationKind, RelationshipFields,
    RelationshipId, StakeholderFields, StakeholderId, Verdict, Workshop, WorkshopId, WorkshopSetup,
    combine, matching_pairs,
};
use app::export::{ExportFile, ExportOptions, export, rows};
use app::wire::MeasuresView;
use server::workbook::workbook;

const GROUPS: usize = 4;
const STAKEHOLDERS_PER_GROUP: usize = 1_250;
const RELATIONSHIPS_PER_GROUP: usize = 5_000;
/// Names entered by several groups that the moderator merges (the rest stay apart, some of
/// them proposed as matches).
const MERGES: usize = 400;
/// Of those, rejected instead ("not the same actor").
const REJECTIONS: usize = 20;

/// splitmix64: small, seeded, the same on every machine.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }

    fn bytes(&mut self) -> [u8; 16] {
        let mut out = [0u8; 16];
        out[..8].copy_from_slice(&self.next().to_le_bytes());
        out[8..].copy_from_slice(&self.next().to_le_bytes());
        out
    }

    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }
}

/// National bodies and donors, which every group names (some by another of their names).
const NATIONAL: [&str; 16] = [
    "Министерство юстиции Кыргызской Республики",
    "Минюст",
    "Жогорку Кеңеш",
    "Верховный суд",
    "Генеральная прокуратура",
    "Акыйкатчы (Омбудсмен)",
    "Министерство труда, социального обеспечения и миграции",
    "Социальный фонд",
    "ПРООН",
    "UNDP",
    "ЮНИСЕФ",
    "Европейский союз",
    "ОБСЕ",
    "Совет судей",
    "Адвокатура Кыргызской Республики",
    "Государственная служба исполнения наказаний",
];

const BODIES: [&str; 24] = [
    "Управление социального развития",
    "Районный суд",
    "Прокуратура",
    "Центр бесплатной юридической помощи",
    "Айыл окмоту",
    "Мэрия",
    "Отдел образования",
    "Центр семейной медицины",
    "Ассоциация родителей детей с инвалидностью",
    "ОФ «Өнүгүү»",
    "ОО «Үмүт-Надежда»",
    "Союз адвокатов",
    "Нотариальная палата",
    "Отдел внутренних дел",
    "Служба пробации",
    "Представительство Акыйкатчы",
    "Женский совет",
    "Совет аксакалов",
    "Молодёжный комитет",
    "Местный кеңеш",
    "Кризисный центр «Сезим»",
    "Центр реабилитации детей с ОВЗ",
    "Общество слепых и глухих",
    "Территориальное управление МЧС",
];

const PLACES: [&str; 25] = [
    "г. Бишкек",
    "г. Ош",
    "Джалал-Абадской области",
    "Нарынской области",
    "Иссык-Кульской области",
    "Таласской области",
    "Баткенской области",
    "Чуйской области",
    "Ошской области",
    "г. Кара-Балта",
    "г. Токмок",
    "г. Каракол",
    "г. Өзгөн",
    "г. Кара-Суу",
    "Ат-Башинского района",
    "Аксыйского района",
    "Кочкорского района",
    "Сузакского района",
    "Түпского района",
    "Кеминского района",
    "Лейлекского района",
    "Чаткальского района",
    "Ноокатского района",
    "Жумгальского района",
    "Алайского района",
];

const ROLES: [&str; 6] = [
    "Депутат",
    "Активист",
    "Судья",
    "Адвокат",
    "Журналист",
    "Блогер",
];

const SURNAMES: [&str; 24] = [
    "Асанов",
    "Маматова",
    "Токтогулов",
    "Жээнбекова",
    "Абдыкеримов",
    "Исмаилова",
    "Бакиров",
    "Өмүрбекова",
    "Кадыров",
    "Сыдыкова",
    "Турдубаев",
    "Эргешова",
    "Иванов",
    "Петрова",
    "Ким",
    "Нурматов",
    "Үсөнова",
    "Алыбаев",
    "Шаршеева",
    "Мамытов",
    "Осмонова",
    "Сатыбалдиев",
    "Козлова",
    "Чыныбаев",
];

const INITIALS: [&str; 10] = [
    "А. К.", "Б. Т.", "Н. С.", "Ж. М.", "Г. А.", "Ч. Ү.", "Э. Р.", "М. Ө.", "С. И.", "Т. Н.",
];

const VILLAGES: [&str; 30] = [
    "Кызыл-Суу",
    "Ак-Талаа",
    "Кара-Жыгач",
    "Бел-Алды",
    "Көк-Жар",
    "Сары-Булак",
    "Ак-Тюз",
    "Орто-Сай",
    "Таш-Көмүр",
    "Кен-Булун",
    "Жаны-Жер",
    "Кок-Ой",
    "Чон-Кемин",
    "Арал",
    "Баетов",
    "Кочкор-Ата",
    "Бирлик",
    "Достук",
    "Ынтымак",
    "Ала-Бука",
    "Кайынды",
    "Шамалды-Сай",
    "Ак-Суу",
    "Тогуз-Булак",
    "Кара-Кол",
    "Эмгек",
    "Жийде",
    "Кара-Таш",
    "Чолпон",
    "Теплоключенка",
];

const INTERESTS: [&str; 10] = [
    "Доступ к правосудию для лиц с инвалидностью",
    "Бесплатная юридическая помощь в сёлах",
    "Пандусы и доступные здания судов",
    "Сурдоперевод на заседаниях",
    "Бюджет на социальные услуги",
    "Отчётность перед избирателями",
    "Защита прав детей",
    "Мониторинг исполнения закона «О правах и гарантиях лиц с ОВЗ»",
    "Жеке укуктарды коргоо",
    "Гранты для местных инициатив",
];

const COOPERATION: [&str; 8] = [
    "Совместные выездные приёмы граждан",
    "Обмен данными об обращениях",
    "Обучение сотрудников",
    "Круглые столы раз в квартал",
    "Письмо-запрос через министерство",
    "Меморандум о сотрудничестве",
    "Только через личные связи",
    "Пока не сотрудничаем",
];

const NOTES: [&str; 8] = [
    "Контакт: приёмная, вторник и четверг",
    "Новый руководитель с сентября\nпозиция пока неясна",
    "Упоминался в отчёте «Айыл-Демилге» за 2025 г.",
    "=СУММ(A1:A9)",
    "Говорят на кыргызском; нужен перевод «Өнүгүү»",
    "Ключевая фигура, но перегружен",
    "Связи через родственников в айыл окмоту",
    "-",
];

/// The pool of names groups draw from: national bodies, local bodies in every place, people
/// with a role, and villages' informal groups — a few thousand, so that groups often name the
/// same actors.
fn names() -> Vec<String> {
    let mut out: Vec<String> = NATIONAL.iter().map(|s| (*s).to_owned()).collect();
    for body in BODIES {
        for place in PLACES {
            out.push(format!("{body} {place}"));
        }
    }
    for role in ROLES {
        for surname in SURNAMES {
            for initials in INITIALS {
                out.push(format!("{role} {surname} {initials}"));
            }
        }
    }
    for village in VILLAGES {
        out.push(format!("Жители села {village}"));
        out.push(format!("Водопользователи села {village}"));
        out.push(format!("Пастбищный комитет села {village}"));
    }
    out
}

fn apply(w: &mut Workshop, change: Change) {
    let valid = w
        .validate(Actor::Moderator, change)
        .expect("the generator makes valid edits");
    w.apply(valid);
}

/// The benchmark's workshop: [`GROUPS`] groups of [`STAKEHOLDERS_PER_GROUP`] stakeholders with
/// [`RELATIONSHIPS_PER_GROUP`] relationships each, every category, level, attitude and score,
/// and [`MERGES`] decisions on names several groups entered.
fn workshop() -> Workshop {
    let mut rng = SplitMix64(0xE790_0875_0001);
    let groups: Vec<Group> = (1..=GROUPS)
        .map(|g| {
            Group::new(
                GroupId::from_random_bytes(rng.bytes()),
                &format!("Группа {g} · {}", PLACES[g * 3]),
            )
        })
        .collect();
    let mut w = Workshop::create(WorkshopSetup {
        id: WorkshopId::from_random_bytes(rng.bytes()),
        title: "Доступ к правосудию для лиц с инвалидностью: карта заинтересованных сторон".into(),
        focal: "Реформа системы бесплатной юридической помощи".into(),
        question: "Кто влияет на доступ людей с инвалидностью к правосудию и как?".into(),
        date: "2026-11-25".into(),
        place: "Бишкек, отель «Ала-Тоо»".into(),
        language: Language::Ru,
        groups: groups.clone(),
        demo: false,
    })
    .expect("a valid setup");
    let categories = w.categories().to_vec();
    let levels = w.levels().to_vec();
    let pool = names();

    // Each group names the national bodies, then distinct names from the pool.
    // `entered[name]` lists (group, stakeholder) in the order entered.
    let mut entered: Vec<Vec<(usize, StakeholderId)>> = vec![Vec::new(); pool.len()];
    let mut members: Vec<Vec<StakeholderId>> = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        let mut chosen: Vec<usize> = (0..NATIONAL.len()).collect();
        let mut taken: HashSet<usize> = chosen.iter().copied().collect();
        while chosen.len() < STAKEHOLDERS_PER_GROUP {
            let i = NATIONAL.len() + rng.below(pool.len() - NATIONAL.len());
            if taken.insert(i) {
                chosen.push(i);
            }
        }
        let mut ids = Vec::with_capacity(chosen.len());
        for (k, &i) in chosen.iter().enumerate() {
            let id = StakeholderId::from_random_bytes(rng.bytes());
            let national = i < NATIONAL.len();
            let notes = if rng.below(4) == 0 {
                rng.pick(&NOTES).to_owned()
            } else {
                String::new()
            };
            apply(
                &mut w,
                Change::AddStakeholder {
                    id,
                    group: group.id(),
                    fields: StakeholderFields {
                        name: pool[i].clone(),
                        category: categories[if national { k % 2 } else { rng.below(4) }]
                            .as_str()
                            .to_owned(),
                        level: levels[if national { 0 } else { rng.below(2) }]
                            .as_str()
                            .to_owned(),
                        interest: 1 + rng.below(5) as i64,
                        influence: 1 + rng.below(5) as i64,
                        attitude: Attitude::ALL[rng.below(4)],
                        interests: rng.pick(&INTERESTS).to_owned(),
                        cooperation: rng.pick(&COOPERATION).to_owned(),
                        notes,
                    },
                },
            );
            entered[i].push((g, id));
            ids.push(id);
        }
        members.push(ids);
    }

    // Relationships within each group: `from` leans towards the first-entered (hubs), the
    // last tenth of each group has none; no pair twice with the same kind.
    for ids in &members {
        let linked = ids.len() - ids.len() / 10;
        let mut seen: HashSet<(usize, usize, RelationKind)> = HashSet::new();
        let mut made = 0;
        while made < RELATIONSHIPS_PER_GROUP {
            let from = rng.below(linked).min(rng.below(linked));
            let to = rng.below(linked);
            let kind = RelationKind::ALL[rng.below(RelationKind::ALL.len())];
            if from == to || !seen.insert((from.min(to), from.max(to), kind)) {
                continue;
            }
            apply(
                &mut w,
                Change::AddRelationship {
                    id: RelationshipId::from_random_bytes(rng.bytes()),
                    fields: RelationshipFields {
                        from: ids[from],
                        to: ids[to],
                        kind,
                        strength: 1 + rng.below(3) as i64,
                        directed: rng.below(3) == 0,
                    },
                },
            );
            made += 1;
        }
    }

    // The moderator's decisions: the first names entered by several groups are merged (a few
    // rejected instead).
    let shared = entered.iter().filter(|list| list.len() > 1);
    for (decided, list) in shared.take(MERGES).enumerate() {
        let verdict = if decided % (MERGES / REJECTIONS) == 1 {
            Verdict::Distinct
        } else {
            Verdict::Same
        };
        apply(
            &mut w,
            Change::AddMerge {
                id: MergeId::from_random_bytes(rng.bytes()),
                members: list.iter().map(|(_, id)| *id).collect(),
                verdict,
            },
        );
    }
    w
}

/// Writes one file.
type Writer = Box<dyn Fn(&Workshop, &ExportOptions) -> Vec<u8>>;

/// The files timed: (label, options, writer).
fn cases(w: &Workshop) -> Vec<(String, ExportOptions, Writer)> {
    let all = ExportOptions::of(w);
    let combined = ExportOptions {
        combined: true,
        ..all
    };
    let file = |f: ExportFile| -> Writer { Box::new(move |w, o| export(w, f, o).unwrap()) };
    let mut out: Vec<(String, ExportOptions, Writer)> = Vec::new();
    for f in ExportFile::ALL {
        out.push((f.name().to_owned(), all, file(f)));
    }
    // The workbook always holds the combined map's sheet (and ignores `combined`): one case.
    out.push((
        "workshop.xlsx".to_owned(),
        all,
        Box::new(|w, o| workbook(w, o).unwrap()),
    ));
    for f in ExportFile::ALL {
        if f.takes_options() {
            out.push((format!("{} combined", f.name()), combined, file(f)));
        }
    }
    out
}

/// The median of three runs of `f`, in milliseconds.
fn millis<T>(mut f: impl FnMut() -> T) -> f64 {
    let mut runs: Vec<f64> = (0..3)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    runs[1]
}

/// The parts the files are made of, timed on their own (median of three), so the figures
/// can be read: what the rows, the combined map, the picture's layout and the measures cost.
fn parts(w: &Workshop) {
    let all = ExportOptions::of(w);
    let combined = ExportOptions {
        combined: true,
        ..all
    };
    let grid = GridOptions::default();
    let grid_combined = GridOptions {
        combined: true,
        ..GridOptions::default()
    };
    let lang = w.language();
    let input = graph_input(w, &grid, lang);
    let input_combined = graph_input(w, &grid_combined, lang);
    let names: Vec<&str> = w.stakeholders().iter().map(|s| s.name()).collect();
    let json = app::export::workshop_json(w).unwrap().into_bytes();
    let restore = || {
        let copy = app::import::read_workshop(&json).unwrap();
        copy.restore_plan(WorkshopId::from_random_bytes([7; 16]))
            .unwrap()
    };
    let timed: [(&str, f64); 11] = [
        (
            "import: read workshop.json + restore_plan (checks every edit)",
            millis(restore),
        ),
        ("rows, every group", millis(|| rows(w, &all).unwrap())),
        ("rows, combined", millis(|| rows(w, &combined).unwrap())),
        ("combine (the combined map)", millis(|| combine(w))),
        (
            "of which matching_pairs (suggestions)",
            millis(|| matching_pairs(&names)),
        ),
        (
            "graph_input, every group",
            millis(|| graph_input(w, &grid, lang)),
        ),
        (
            "graph_input, combined",
            millis(|| graph_input(w, &grid_combined, lang)),
        ),
        (
            "GraphLayout::compute 1920×1080 (layout ∥ measures)",
            millis(|| GraphLayout::compute(&input, 1920.0, 1080.0, &Default::default())),
        ),
        (
            "MeasuresView::of (measures alone)",
            millis(|| MeasuresView::of(&input)),
        ),
        (
            "GraphLayout::compute, combined",
            millis(|| GraphLayout::compute(&input_combined, 1920.0, 1080.0, &Default::default())),
        ),
        (
            "MeasuresView::of, combined",
            millis(|| MeasuresView::of(&input_combined)),
        ),
    ];
    println!("| part | ms (median of 3) |");
    for (part, ms) in timed {
        println!("| {part} | {ms:.0} |");
    }
}

fn exports(c: &mut Criterion) {
    let start = Instant::now();
    let w = workshop();
    let built = start.elapsed();
    let map = combine(&w);
    println!(
        "workshop: {} groups, {} stakeholders, {} relationships, {} decisions; built through \
         validate/apply in {:.2} s",
        w.groups().len(),
        w.stakeholders().len(),
        w.relationships().len(),
        w.merges().len(),
        built.as_secs_f64()
    );
    println!(
        "combined map: {} stakeholders, {} relationships, {} suggestions",
        map.stakeholders.len(),
        map.relationships.len(),
        map.suggestions.len(),
    );
    // `EXPORTS_PARTS=1`: the parts' table only, no criterion run.
    if std::env::var_os("EXPORTS_PARTS").is_some() {
        parts(&w);
        return;
    }
    let cases = cases(&w);
    // Each file's size, from its first run (only the files the command line's filter picks).
    let mut sizes: Vec<(String, usize)> = Vec::new();
    let mut group = c.benchmark_group("export 5,000 stakeholders, 20,000 relationships");
    // Some files take seconds: flat sampling, 10 samples, a short warm-up.
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for (name, options, write) in &cases {
        group.bench_function(name.as_str(), |b| {
            if !sizes.iter().any(|(n, _)| n == name) {
                sizes.push((name.clone(), write(&w, options).len()));
            }
            b.iter(|| write(black_box(&w), black_box(options)))
        });
    }
    group.finish();
    println!("| file | bytes | MiB |");
    for (name, bytes) in sizes {
        println!(
            "| {name} | {bytes} | {:.2} |",
            bytes as f64 / (1024.0 * 1024.0)
        );
    }
}

criterion_group!(benches, exports);
criterion_main!(benches);
