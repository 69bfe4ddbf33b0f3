//! The demo workshop a first start creates on an empty store, from the actors the seed
//! workshop (Bishkek, 18 July 2022) names. Its scores are illustrative and labelled so.
//! It is built through the ordinary write path, like any workshop.

use serde::{Deserialize, Serialize};

use app::domain::{
    Actor, Attitude, Change, Edit, GroupId, Language, StakeholderFields, WorkshopId,
};
use app::wire::{CreateWorkshop, DemoView, WorkshopView};

use crate::secrets;
use crate::workshops::{ServiceError, Workshops};

const META_KEY: &str = "demo";

#[derive(Serialize, Deserialize)]
struct DemoMeta {
    workshop_id: WorkshopId,
    moderator_key: String,
}

/// (group index, name, category, level, interest, influence, attitude, interests, cooperation)
type Row = (
    usize,
    &'static str,
    &'static str,
    &'static str,
    i64,
    i64,
    Attitude,
    &'static str,
    &'static str,
);

const ROWS: &[Row] = &[
    (
        0,
        "АМУЦА",
        "civil_society",
        "national",
        5,
        4,
        Attitude::Supportive,
        "Развитие местного самоуправления, обучение депутатов",
        "Методическая поддержка Клуба, тренинги",
    ),
    (
        0,
        "Союз местных самоуправлений КР",
        "civil_society",
        "national",
        4,
        4,
        Attitude::Supportive,
        "Голос муниципалитетов на национальном уровне",
        "Площадка для встреч, продвижение инициатив Клуба",
    ),
    (
        0,
        "Проект USAID «Успешный Аймак 2»",
        "international",
        "national",
        5,
        4,
        Attitude::Supportive,
        "Участие женщин в местном управлении",
        "Финансирование мероприятий, экспертиза",
    ),
    (
        0,
        "Портал «Лучшая практика МСУ»",
        "civil_society",
        "national",
        3,
        2,
        Attitude::Supportive,
        "Сбор и распространение успешных практик",
        "Публикация опыта депутатов-женщин",
    ),
    (
        1,
        "РГА Иссык-Кульского района",
        "state",
        "local",
        3,
        4,
        Attitude::Neutral,
        "Стабильная работа органов МСУ района",
        "Поддержка выездных встреч Клуба",
    ),
    (
        1,
        "РГА Ат-Башинского района",
        "state",
        "local",
        2,
        4,
        Attitude::Unknown,
        "",
        "Информирование о деятельности Клуба",
    ),
    (
        1,
        "РГА Базар-Коргонского района",
        "state",
        "local",
        3,
        4,
        Attitude::Neutral,
        "",
        "",
    ),
    (
        1,
        "РГА Карасуйского района",
        "state",
        "local",
        3,
        4,
        Attitude::Neutral,
        "",
        "",
    ),
    (
        1,
        "АМУЦА",
        "civil_society",
        "national",
        4,
        3,
        Attitude::Supportive,
        "Сеть выпускников программ обучения",
        "Наставничество",
    ),
    (
        2,
        "Местные кенеши целевых муниципалитетов",
        "state",
        "local",
        4,
        3,
        Attitude::Supportive,
        "Активные и подготовленные депутаты",
        "Выдвижение участниц Клуба, обмен опытом",
    ),
    (
        2,
        "Союз МСУ",
        "civil_society",
        "national",
        3,
        5,
        Attitude::Neutral,
        "Единая позиция муниципалитетов",
        "Совместные обращения в Жогорку Кенеш",
    ),
    (
        2,
        "USAID «Успешный Аймак-2»",
        "international",
        "national",
        4,
        5,
        Attitude::Supportive,
        "",
        "Гранты и обучение",
    ),
];

/// Creates the demo workshop and remembers its moderator key for the home page.
#[expect(
    clippy::expect_used,
    reason = "serialising an id and a string cannot fail"
)]
pub async fn create(workshops: &Workshops) -> Result<(), ServiceError> {
    let request = CreateWorkshop {
        title: "Демо: Клуб депутатов-женщин местных кенешей".to_owned(),
        focal: "Клуб депутатов-женщин местных кенешей".to_owned(),
        question: "Кто потенциальные заинтересованные стороны Клуба: их интересы, влияние и \
                   возможные виды сотрудничества?"
            .to_owned(),
        date: "2022-07-18".to_owned(),
        place: "Бишкек".to_owned(),
        language: Language::Ru,
        groups: vec![
            "Группа 1".to_owned(),
            "Группа 2".to_owned(),
            "Группа 3".to_owned(),
        ],
    };
    let created = workshops.create(request, true).await?;
    let id = created.id;
    let groups: Vec<GroupId> = created.groups.iter().map(|g| g.id).collect();
    workshops
        .apply_all(id, Actor::Moderator, edits(seed(&groups)))
        .await?;
    let meta = DemoMeta {
        workshop_id: id,
        moderator_key: created.moderator_key,
    };
    let bytes = serde_json::to_vec(&meta).expect("serialises");
    let store = workshops.store().clone();
    tokio::task::spawn_blocking(move || store.set_meta(META_KEY, &bytes))
        .await
        .map_err(|e| ServiceError::Task(e.to_string()))??;
    Ok(())
}

/// The seed's stakeholders, entered into `groups` (the demo's three, in order).
fn seed(groups: &[GroupId]) -> Vec<Change> {
    ROWS.iter()
        .copied()
        .filter_map(|row| {
            let (group, name, category, level, interest, influence, attitude, interests, coop) =
                row;
            Some(Change::AddStakeholder {
                id: secrets::new_stakeholder_id(),
                group: *groups.get(group)?,
                fields: StakeholderFields {
                    name: name.to_owned(),
                    category: category.to_owned(),
                    level: level.to_owned(),
                    interest,
                    influence,
                    attitude,
                    interests: interests.to_owned(),
                    cooperation: coop.to_owned(),
                    notes: String::new(),
                },
            })
        })
        .collect()
}

fn edits(changes: Vec<Change>) -> Vec<Edit> {
    changes
        .into_iter()
        .map(|change| Edit {
            id: secrets::new_edit_id(),
            change,
        })
        .collect()
}

/// Puts the demo back as a first start made it, through the ordinary write path and as one
/// batch (so live devices follow, and a failure changes nothing): the moderator's merges and
/// countdown go, every stakeholder goes (their relationships with them), and the seed's
/// stakeholders come back with fresh ids. Answers with the last sequence number.
pub async fn reset(workshops: &Workshops, id: WorkshopId) -> Result<u64, ServiceError> {
    let changes = workshops.read(id, |w, _| {
        let merges = w
            .merges()
            .iter()
            .map(|m| Change::DeleteMerge { id: m.id() });
        let timer = w.timer().map(|_| Change::StopTimer);
        let stakeholders =
            (w.stakeholders().iter()).map(|s| Change::DeleteStakeholder { id: s.id() });
        let groups: Vec<GroupId> = w.groups().iter().map(|g| g.id()).collect();
        merges
            .chain(timer)
            .chain(stakeholders)
            .chain(seed(&groups))
            .collect::<Vec<_>>()
    })?;
    workshops
        .apply_all(id, Actor::Moderator, edits(changes))
        .await
}

/// The demo workshop's id, if this store has one.
pub fn id(workshops: &Workshops) -> Result<Option<WorkshopId>, ServiceError> {
    Ok(meta(workshops)?.map(|m| m.workshop_id))
}

fn meta(workshops: &Workshops) -> Result<Option<DemoMeta>, ServiceError> {
    let Some(bytes) = workshops.store().meta(META_KEY)? else {
        return Ok(None);
    };
    Ok(serde_json::from_slice::<DemoMeta>(&bytes).ok())
}

/// The demo workshop, if this store has one.
pub fn find(workshops: &Workshops) -> Result<Option<DemoView>, ServiceError> {
    let Some(meta) = meta(workshops)? else {
        return Ok(None);
    };
    let view = workshops.read(meta.workshop_id, |w, codes| DemoView {
        workshop_id: w.id(),
        title: w.title().to_owned(),
        moderator_key: meta.moderator_key.clone(),
        groups: WorkshopView::of(w, codes).groups,
    })?;
    Ok(Some(view))
}
