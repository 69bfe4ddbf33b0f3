//! The word lists the rules read: filler words, phrases a name may drop, and the known bodies
//! of a Kyrgyz workshop with their standard names. Data only; the rules that use them live in
//! `normalise` (fillers, optional phrases) and `abbreviation` (known bodies).

/// Words that never decide which actor a name means: conjunctions and prepositions.
#[rustfmt::skip]
pub(super) const FILLER_WORDS: &[&str] = &[
    "и", "в", "во", "на", "по", "при", "для", "с", "со",
    "of", "the", "and", "for", "in", "on",
    "жана", "менен", "учун",
];

/// Phrases a group may add or leave out without naming another actor: the country (the workshop
/// is in Kyrgyzstan) and the legal form of an NGO. Normalised spelling (ң ө ү already folded).
#[rustfmt::skip]
pub(super) const OPTIONAL_PHRASES: &[&[&str]] = &[
    &["кр"], &["kr"], &["кыргызской", "республики"], &["кыргызская", "республика"],
    &["кыргыз", "республикасы"], &["кыргыз", "республикасынын"], &["kyrgyz", "republic"],
    &["оо"], &["оф"], &["общественное", "объединение"], &["общественный", "фонд"],
];

/// Bodies a Kyrgyz workshop names in several ways: each line lists forms of one body. A form is
/// matched after the same normalisation as a name (so «Минюст КР» finds «Минюст»), and forms of
/// five or more letters also by their phonetic key from a name in the other script (so
/// «Zhogorku Kenesh» finds «ЖК»).
///
/// Scope: ministries and state bodies of the Kyrgyz Republic in Russian, with their Kyrgyz name
/// where it is in common use; local self-government; international organisations with their
/// Russian, English and Kyrgyz names and acronyms. English names of Kyrgyz ministries are
/// deliberately absent: that is translation, not abbreviation. Kyrgyz forms here are to be
/// reviewed by a native speaker. Forms that are plain transliterations of each other (ЮНИСЕФ /
/// UNICEF) may be listed; they are reported as transliterations.
#[rustfmt::skip]
pub(super) const KNOWN_BODIES: &[&[&str]] = &[
    // State bodies of the Kyrgyz Republic.
    &["Минюст", "Министерство юстиции", "Юстиция министрлиги"],
    &["МИД", "Министерство иностранных дел", "Тышкы иштер министрлиги", "ТИМ"],
    &["Минздрав", "Министерство здравоохранения", "Саламаттык сактоо министрлиги"],
    &["МОН", "МОиН", "Минобразования", "Минобрнауки", "Министерство образования",
      "Министерство образования и науки", "Билим берүү министрлиги",
      "Билим берүү жана илим министрлиги"],
    &["Минфин", "Министерство финансов", "Финансы министрлиги"],
    &["МВД", "Министерство внутренних дел", "Ички иштер министрлиги", "ИИМ"],
    &["Минтруд", "Министерство труда", "Министерство труда, социального обеспечения и миграции",
      "Министерство труда и социального развития"],
    &["Минэкономики", "Минэконом", "Министерство экономики", "Министерство экономики и коммерции",
      "Экономика министрлиги"],
    &["Минкультуры", "Министерство культуры", "Маданият министрлиги"],
    &["Минсельхоз", "Министерство сельского хозяйства", "Айыл чарба министрлиги"],
    &["МЧС", "Министерство чрезвычайных ситуаций", "Өзгөчө кырдаалдар министрлиги"],
    &["ГКНБ", "Государственный комитет национальной безопасности", "УКМК",
      "Улуттук коопсуздук мамлекеттик комитети"],
    &["Генпрокуратура", "Генеральная прокуратура", "Башкы прокуратура"],
    &["Верховный суд", "Жогорку сот"],
    &["ЦИК", "Центральная избирательная комиссия", "БШК", "Борбордук шайлоо комиссиясы"],
    &["ЖК", "Жогорку Кенеш", "Парламент"],
    &["Правительство", "Кабинет министров", "Кабмин", "Өкмөт", "Министрлер Кабинети"],
    &["Администрация президента", "Президенттин администрациясы", "АП"],
    &["Акыйкатчы", "Омбудсмен", "Ombudsman"],
    &["ГАМСУМО",
      "Государственное агентство по делам местного самоуправления и межэтнических отношений"],
    // Local self-government and the people around it.
    &["ОМСУ", "Органы местного самоуправления", "МСУ", "Местное самоуправление", "ЖӨБ",
      "Жергиликтүү өз алдынча башкаруу", "Жергиликтүү өз алдынча башкаруу органдары"],
    &["РГА", "Районная государственная администрация", "Райгосадминистрация", "Акимиат"],
    &["Союз местных самоуправлений", "Союз МСУ", "СМС", "СМСУ"],
    &["АМУЦА", "Академия местного управления Центральной Азии"],
    &["СМИ", "Средства массовой информации", "ММК", "Массалык маалымат каражаттары"],
    &["НПО", "ННО", "Неправительственная организация", "Неправительственные организации", "NGO"],
    // International organisations.
    &["ООН", "Организация Объединённых Наций", "UN", "United Nations", "БУУ",
      "Бириккен Улуттар Уюму"],
    &["ПРООН", "Программа развития ООН", "UNDP", "United Nations Development Programme"],
    &["ЮНИСЕФ", "Детский фонд ООН", "UNICEF", "United Nations Children's Fund"],
    &["ООН-Женщины", "UN Women"],
    &["ЮНФПА", "Фонд ООН в области народонаселения", "UNFPA", "United Nations Population Fund"],
    &["ОБСЕ", "Организация по безопасности и сотрудничеству в Европе", "OSCE", "ЕККУ",
      "Organization for Security and Co-operation in Europe",
      "Organization for Security and Cooperation in Europe"],
    &["ВОЗ", "Всемирная организация здравоохранения", "WHO", "World Health Organization"],
    &["ЕС", "Европейский союз", "Евросоюз", "EU", "European Union", "Европа Биримдиги"],
    &["USAID", "ЮСАИД", "Агентство США по международному развитию",
      "United States Agency for International Development"],
    &["GIZ", "ГИЗ", "Германское общество по международному сотрудничеству"],
    &["АБР", "Азиатский банк развития", "ADB", "Asian Development Bank"],
    &["ВБ", "Всемирный банк", "World Bank", "Дүйнөлүк банк"],
];
