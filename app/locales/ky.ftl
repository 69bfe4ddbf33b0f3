# Кыргызча. Ишенимсиз саптар ky-review.txt тизмесинде: эне тилинде сүйлөгөн адам текшерсин.
# Uncertain strings are listed in ky-review.txt for a native speaker to check.
app-name = stakemap
tagline = Семинарлар үчүн кызыкдар тараптардын картасы
language = Тил
lang-ru = Русский
lang-ky = Кыргызча
lang-en = English
loading = Жүктөлүүдө…
save = Сактоо
saving = Сакталууда…
cancel = Жокко чыгаруу
delete = Өчүрүү
back = Артка
copy = Көчүрүү
copied = Көчүрүлдү
demo-badge = Демо
demo-note = Демонстрациялык семинар: баалар шарттуу, чыныгы топтордун пикири эмес.
demo-reset = Демону баштапкы абалга кайтаруу
demo-reset-confirm = Демону баштапкы абалына кайтарасызбы? Ага киргизилгендин баары өчүрүлөт.

home-join-title = Тобуңузга кошулуңуз
home-code-label = Топтун коду
home-code-hint = Модератордун экранындагы алты тамга жана цифра
home-join = Кирүү
home-continue = «{ $group }» тобунда улантуу
home-leave = Башка код киргизүү
home-create = Семинар түзүү
home-demo-title = Демонстрациялык семинарды көрүү
home-demo-moderator = Модератор катары ачуу
home-demo-join = «{ $group }» тобуна кирүү

new-title = Жаңы семинар
field-title = Аталышы
field-focal = Талдоонун предмети (эмне талкууланат)
field-question = Топтор үчүн суроо
field-date = Күнү
field-place = Өткөрүлүүчү жери
field-language = Семинардын тили
field-groups = Топтор
group-default = { $n }-топ
add-group = Топ кошуу
remove-group = Алып салуу
create = Семинарды түзүү
created-title = Семинар даяр
created-key-warning = Бул модератордун шилтемесинде семинардын ачкычы бар жана ал бир гана жолу көрсөтүлөт. Көчүрүп алып, сактап коюңуз.
created-moderator-link = Модератордун шилтемеси
created-codes = Топтордун коддору
open-moderator = Модератордун барагын ачуу

group-title = { $group }
stakeholder-count = { $count ->
    [one] { $count } кызыкдар тарап
   *[other] { $count } кызыкдар тарап
}
empty-list = Азырынча эч ким жок. Биринчи кызыкдар тарапты кошуңуз.
add-stakeholder = Тарап кошуу
edit-stakeholder = Өзгөртүү
new-stakeholder = Жаңы кызыкдар тарап
confirm-delete = «{ $name }» өчүрүлсүнбү? Муну кайтаруу мүмкүн эмес.
leave-group = Топтон чыгуу
not-joined = Бул планшет азырынча эч бир топко кошула элек.
go-home = Башкы бетке

field-name = Аталышы
field-category = Категориясы
field-level = Деңгээли
field-interest = Кызыкчылыгы
field-influence = Таасири
field-attitude = Талдоонун предметине мамилеси
field-interests = Алардын кызыкчылыктары
field-cooperation = Мүмкүн болгон кызматташтык
field-notes = Эскертүүлөр
score-less = Азыраак
score-more = Көбүрөөк
score-of = { $max } ичинен

category-state = Мамлекеттик түзүмдөр
category-international = Эл аралык уюмдар
category-civil_society = Жарандык коомдун уюмдары
category-informal = Расмий эмес топтор
level-national = Улуттук
level-local = Жергиликтүү
attitude-supportive = Колдойт
attitude-neutral = Бейтарап
attitude-opposed = Каршы
attitude-unknown = Белгисиз
short-interest = Кызыкчылык
short-influence = Таасир

moderator-title = Модератор
moderator-no-key = Бул барак үчүн ачкычы бар модератордун шилтемеси керек.
moderator-groups = Топтор жана алардын кызыкдар тараптары

error-blank = Бул талааны толтуруңуз.
error-too_long = Өтө узун: { $max } белгиден ашпашы керек.
error-bad_character = { $position }-орундагы { $character } белгиси көрүнбөйт, тексттин багытын өзгөртөт же кызматтык белги. Аны өчүрүңүз.
error-out_of_scale = { $min } дан { $max } га чейинки бүтүн санды тандаңыз.
error-unknown_category = Категориялардын бирин тандаңыз.
error-unknown_level = Деңгээлдердин бирин тандаңыз.
error-unknown_group = Семинарда мындай топ жок.
error-unknown_stakeholder = Бул кызыкдар тарап мындан ары жок.
error-duplicate_stakeholder = Мындай жазуу мурунтан эле бар.
error-not_your_group = Топ өзүнүн жазууларын гана өзгөртө алат.
error-group_required = Топту тандаңыз.
error-group_count = Семинарда 1ден { $max } го чейин топ болушу керек.
error-duplicate_group_name = Эки топтун аталышы бирдей.
error-bad_date = Күндү 2022-07-18 түрүндө киргизиңиз.
error-bad_join_code = Топтун коду алты тамга жана цифрадан турат, мисалы K7M2QX.
error-unknown_code = Мындай коду бар топ жок. Кодду модератордун экранынан текшериңиз.
error-rate_limited = Аракет өтө көп болду. Бир мүнөт күтүп, кайра аракет кылыңыз.
error-busy = Сервер азыр көп сүрөттү бирден тартып жатат. Бир нече секунддан кийин кайра аракет кылыңыз.
error-timeout = Суроо өтө узакка созулду (жай тармак же өтө чоң файл). Кайра аракет кылыңыз.
error-storage_unavailable = Сервер азыр сактай албайт: анын диски толгон же бузук. Эч нерсе өзгөргөн жок; бир мүнөттөн кийин кайра аракет кылыңыз.
error-unauthorized = Ачкыч туура эмес. Топко код менен кайра кириңиз.
error-not_found = Табылган жок.
error-too_large = Жөнөтүү үчүн өтө чоң.
error-malformed = Сервер сурамды окуй алган жок. Баракты кайра жүктөңүз.
error-network = Сервер менен байланыш жок. Wi-Fi'ды текшерип, кайра аракет кылыңыз.
error-server = Серверде ката кетти. Кайра аракет кылыңыз.

sync-saved = Бардык өзгөртүүлөр сакталды
sync-sending = { $count ->
   *[other] { $count } өзгөртүү сакталууда…
}
sync-offline = { $count ->
    [0] Байланыш жок — өзгөртүүлөр планшетте сакталат
   *[other] Байланыш жок — { $count } өзгөртүү жөнөтүлүүнү күтүүдө
}
sync-connecting = Туташууда…
storage-read-only = Сервер азыр сактай албайт (анын диски толгон же бузук). Көрүүгө болот; өзгөртүүлөрүңүз ушул түзмөктө күтүп турат жана сервер кайра сактай алганда жөнөтүлөт.
sync-refused = Сервер өзгөртүүнү кабыл алган жок: { $reason }
dismiss = Түшүндүм

## The influence/interest grid
grid-interest = Кызыкчылык
grid-influence = Таасир
grid-attitude = Мамиле
grid-groups = Топтор
grid-numbers = Тордогу номерлер
grid-key-continues = Номерлердин тизмеси кийинки бетте уланат
grid-key-page = { $title } — номерлер ({ $page }/{ $pages })
grid-panels = Көп катышуучу
grid-panels-auto = Автоматтык түрдө (40тан баштап категориялар боюнча)
grid-panels-all = Бир сүрөттө
grid-panels-category = Категориялар боюнча
grid-all-groups = Бардык топтор
grid-empty = Азырынча эч ким жок: биринчи кызыкдар тарапты кошуңуз.
quadrant-manage_closely = Тыгыз кызматташуу
quadrant-keep_satisfied = Кызыкчылыктарын эске алуу
quadrant-keep_informed = Маалымдап туруу
quadrant-monitor = Көз салып туруу
grid-tap-cell = аны кайсы уячага коюуну басыңыз же белгини сүйрөңүз.
grid-open-card = Карточканы ачуу
grid-help = Кызыкчылыкты жана таасирди өзгөртүү үчүн белгини сүйрөңүз же аны, андан кийин уячаны басыңыз.
view-list = Тизме
view-grid = Тор
moderator-grid = Таасир жана кызыкчылык тору
grid-show = Көрсөтүү
grid-filter-category = Категориялар
grid-filter-level = Деңгээлдер
grid-filter-all = Баары
projector-open = Проекторго
download-png = PNG жүктөп алуу
download-svg = SVG жүктөп алуу
grid-rule = Жогорку баалар — { $value } жана андан жогору

## Relationships
error-unknown_relationship = Бул байланыш мындан ары жок.
error-duplicate_relationship_id = Мындай байланыш бар.
error-self_link = Эки башка катышуучуну тандаңыз.
error-duplicate_relationship = Алардын ортосунда мындай түрдөгү байланыш бар — аны өзгөртүңүз.
error-cross_group = Байланыш бир топтун катышуучуларын бириктирет.
kind-cooperation = Кызматташтык
kind-funding = Каржылоо
kind-authority = Баш ийүү
kind-information = Маалымат алмашуу
kind-conflict = Чыр-чатак
kind-other = Башка
graph-kinds = Байланыштын түрлөрү
graph-one-way = Бир тараптуу (→)
graph-broker = Ортомчулар (ортомчулук)
graph-isolated = Таасирдүү, бирок байланышы жок
graph-empty = Азырынча байланыш жок: биринчисин кошуңуз.
graph-summary = { $nodes } тарап, { $links } байланыш
view-links = Байланыштар
add-relationship = Байланыш кошуу
new-relationship = Жаңы байланыш
edit-relationship = Байланышты өзгөртүү
field-from = Ким
field-to = Ким менен
field-kind = Байланыштын түрү
field-strength = Күчү
field-direction = Багыты
strength-1 = 1 — алсыз
strength-2 = 2 — орточо
strength-3 = 3 — күчтүү
direction-mutual = Өз ара
direction-one-way = Бир тараптуу: биринчисинен экинчисине
relationships-none = Азырынча байланыш жок.
relationships-of = Байланыштар
confirm-delete-with-links = «{ $name }» жана анын { $count } байланышын өчүрөсүзбү?
confirm-delete-relationship = Бул байланышты өчүрөсүзбү?
measures-title = Көрсөткүчтөр
measures-degree = Байланыштар
measures-betweenness = Ортомчулук
measures-component = Компонента
measures-community = Жамаат

## The combined map (plenary)
report-comparison = Эмне өзгөрдү
console-history = Тарых
history-heading = Семинардын тарыхы
history-help = Сыдырманы жылдырыңыз же раундду тандаңыз: карталар ошол учурдагыдай көрсөтүлөт (көрүү үчүн гана).
history-loading = Тарых окулууда: { $total } өзгөртүүнүн { $read }…
history-failed = Тарыхты окуу мүмкүн болгон жок. Байланышты текшерип, жаңылаңыз.
history-file = { $file } ушул учурдагыдай жүктөп алуу
history-refresh = Жаңылоо
history-back = ← Бир өзгөртүү артка
history-on = Бир өзгөртүү алдыга →
history-slider = Учур
history-at = { $n } өзгөртүүдөн кийин · { $time }
history-start = Башы: азырынча бир да өзгөртүү жок
history-plenary = Пленардык бөлүк
rounds-heading = Раунддар
rounds-name = Раунддун аталышы
rounds-name-example = мисалы, Талкуулоого чейин
rounds-close = Раундду жабуу
rounds-none = Азырынча раунд жок. Талкуулоонун алдында раундду жабыңыз — ошол учурдагы карталар сакталат жана талкуулоодон кийин аларды салыштырса болот.
rounds-at = Карта, учуру
rounds-compare = Салыштыруу
rounds-compare-none = салыштырбоо
rounds-moves = Эмне өзгөрдү
rounds-new = жаңы
rounds-gone = алынган
rounds-loading = Раунддун карталары жүктөлүүдө…
rounds-nothing-moved = Эч ким жылган жок.
rounds-place = кызыкчылык { $interest }, таасир { $influence }
rounds-col-group = Топ
rounds-col-before = Болгон
rounds-col-after = Болду
round-default = { $n }-раунд
round-now = азыр
round-at-seq = { $seq } өзгөртүүдөн кийин
compare-was = Күңүрт, жебе менен: «{ $moment }» учурунда кайда болгон
compare-new = Шакек: «{ $moment }» кийин жаңы
compare-gone = Сызылган: «{ $moment }» кийин алынган
grid-combined = Жалпы карта
grid-combined-median = Белги — топтордун медианасы
grid-combined-single = * — бир топ атаган
grid-combined-range = Сызыктар — төмөнкүдөн жогоркуга
grid-combined-count = (n) — жазуулардын саны
view-combined = Жалпы карта
combined-title = Топтордун жалпы картасы
combined-suggestions = Бир эле катышуучуга окшойт
combined-no-suggestions = Жаңы дал келүүлөр жок
combined-merge = Бириктирүү
combined-reject = Булар башка
combined-undo = Ажыратуу
combined-merge-selected = Тандалгандарды бириктирүү
combined-select = Тандоо
combined-contested = Топтордун пикири кайсыл жерде айырмаланат
contested-median = Сызык — топтордун медианасы
contested-page = { $title } ({ $page }/{ $pages })
contested-as-list = Тизме түрүндө
combined-none-contested = Топтор азырынча жалпы катышуучуну атай элек
combined-single = Бир топ атаган
combined-conflict = Топтор категорияны же деңгээлди ар башка көрсөтүшкөн
combined-spread = Кызыкчылык { $interest }, таасир { $influence }
combined-reason-same_name = ошол эле аталыш
combined-reason-word_order = сөздөрдүн тартиби башка
combined-reason-abbreviation = кыскартуу
combined-reason-transliteration = латын жана кирилл
combined-reason-near_spelling = окшош жазылыш
error-moderator_only = Муну модератор гана жасай алат
error-merge_size = 2ден { $max } чейин катышуучу тандаңыз
error-already_merged = Бул катышуучулар буга чейин бириктирилген
error-duplicate_merge_id = Мындай бириктирүү бар
error-unknown_merge = Мындай бириктирүү жок
worksheet-strategy = Стратегия
worksheet-scores = Кызыкчылык жана таасир
present-open = Презентация
present-join = Кошулуңуз: камераны тобуңуздун кодуна багыттаңыз
present-join-local = Бул дарек ушул компьютерде гана ачылат. Планшеттер кошула алышы үчүн stakemap'ти компьютердин тармактык дареги менен ачыңыз (мисалы, http://192.168.1.20:3000).
present-table-page = { $title } — таблица ({ $page }/{ $pages })

## The countdown timer (plenary)
timer-title = Таймер
timer-label = Эмне үчүн
timer-default-label = Топтордо иштөө
timer-duration = Канча мүнөт
timer-minutes = { $minutes } мүн
timer-start = Баштоо
timer-stop = Токтотуу
timer-remaining = { $time } калды
timer-up = Убакыт бүттү
timer-idle = Таймер коюлган жок
error-timer_length = Таймерди 1 секунддан 4 саатка чейин коюуга болот
error-too_many_stakeholders = Топто { $max } катышуучу бар — бул чек. Ашыктарын өчүрүңүз же жаңы семинар ачыңыз.
error-too_many_relationships = Топто { $max } байланыш бар — бул чек. Ашыктарын өчүрүңүз.
error-too_many_merges = Пленардык сессияда { $max } бириктирүү жана четке кагуу бар — бул чек.
error-too_many_rounds = Семинарда { $max } раунд бар — бул чек.
error-too_many_edits = Семинарда { $max } өзгөртүү бар — бул чек. workshop.json жүктөп алып, аны жаңы семинар катары калыбына келтириңиз.
graph-pick-first = Байланыш кошуу үчүн схемадагы эки катышуучуну басыңыз
graph-pick-second = «{ $name }» тандалды: эми экинчи катышуучуну басыңыз

## Exports: column headers of stakeholders.csv and relationships.csv
export-col-id = ID
export-col-group_id = Топтун ID
export-col-group = Топ
export-col-name = Аталышы
export-col-category = Категориясы
export-col-level = Деңгээли
export-col-interest = Кызыкчылык
export-col-influence = Таасир
export-col-quadrant = Квадрант
export-col-attitude = Мамиле
export-col-interests = Алардын кызыкчылыктары
export-col-cooperation = Мүмкүн болгон кызматташтык
export-col-notes = Эскертүүлөр
export-col-members = Бириктирилген жазуулардын ID
export-col-n = Жазуулардын саны
export-col-from_id = Кимдин ID
export-col-from = Ким
export-col-to_id = Ким менен ID
export-col-to = Ким менен
export-col-kind = Байланыштын түрү
export-col-strength = Күчү
export-col-direction = Багыты
export-one-way = бир тараптуу
export-mutual = өз ара
export-sheet-stakeholders = Тараптар
export-sheet-relationships = Байланыштар
export-sheet-combined = Жалпы карта
export-sheet-measures = Тармактын көрсөткүчтөрү
export-files = Анализ үчүн файлдар

## Импорт (модератордун барагы, жаңы семинар) жана файлдагы каталар
import-title = Файлдан кызыкдар тараптарды импорттоо
import-hint = Таблица: биринчи сапта мамычалардын аттары (Аталышы, Категориясы, Деңгээли, Кызыкчылык, Таасир; каалаганда Мамилеси, Алардын кызыкчылыктары, Мүмкүн болгон кызматташтык, Эскертүүлөр), андан кийин ар бир кызыкдар тарапка бир сап. CSV же XLSX; stakemap'тан алынган stakeholders.csv да ылайыктуу. Файлда ката болсо, эч нерсе кошулбайт.
import-group = Топко
import-file = Файл
import-submit = Импорттоо
import-busy = Импорттолууда…
import-template = Үлгү
import-template-lists = Тизмелер
import-choose-file = Адегенде файлды тандаңыз.
import-added = Кошулду: { $count }.
import-problem = { $line }-сап, { $column } мамыча: { $message }
import-problem-line = { $line }-сап: { $message }
import-removed = Өчүрүлдү: көрүнбөгөн, багытты өзгөрткөн же кызматтык { $character } белгиси.
import-warnings = Файл импорттолду, бирок айрым уячалардан ашыкча белгилер өчүрүлдү:
restore-title = Семинарды workshop.json файлынан калыбына келтирүү
restore-hint = stakemap'тан алынган workshop.json файлы бардык мазмуну менен жаңы семинар болуп калат: топтор, кызыкдар тараптар, байланыштар жана пленардык бириктирүүлөр. Ага жаңы модератор шилтемеси жана топтордун жаңы коддору берилет.
restore-submit = Калыбына келтирүү
error-invalid_file = Файлда каталар бар; эч нерсе импорттолгон жок.
error-unreadable_file = Бул файл окулбайт. Аны CSV UTF-8 же XLSX катары сактап, кайра аракет кылыңыз.
error-empty_file = Файлда кызыкдар тараптар жок: биринчи сапта мамычалардын аттары, ар бир кийинки сапта бир кызыкдар тарап.
error-too_many_rows = Файлда саптар өтө көп: бир жолу { $max } саптан ашпашы керек.
error-not_a_number = { $min } дан { $max } га чейинки бүтүн сан жазыңыз.
error-unknown_attitude = «Колдойт», «Бейтарап», «Каршы» же «Белгисиз» деп жазыңыз, же бош калтырыңыз.
error-missing_column = «{ $header }» мамычасы жок.
error-json = Файл туура JSON эмес.
error-schema = Бул stakemap семинарынын файлы эмес, же башка версиядан.

## The printable report (/moderator/:id/report)
report-open = Отчет (басып чыгаруу / PDF)
report-title = Отчет
report-print = Басып чыгаруу / PDF катары сактоо
report-focal = Талдоонун предмети
report-made = Отчет түзүлгөн күнү
report-stakeholders = Кызыкдар тараптар
report-relationships = Байланыштар
report-graph = Байланыштардын графы
report-worksheet = Иш таблицасы
report-none = Кызыкдар тараптар жок.

# Moderator console
console-sections = Модератордун барагынын бөлүмдөрү
console-groups = Топтор
console-pictures = Тор жана граф
console-combined = Жалпы карта
console-timer = Таймер
console-import = Импорт
console-files = Файлдар
console-timer-idle = коюлган жок
console-attitude = Мамилеси
console-links = Байланыштар
console-worksheet = Иш таблицасы
console-page-rows = { $count } ичинен { $from }–{ $to }
console-page-previous = Мурунку бет
console-page-next = Кийинки бет

## Error codes the server sends that the app had no words for (issue 14)
error-bad_scale = Шкаланын эң төмөнкү баасы эң жогоркусунан аз болушу керек.
error-bad_edit_id = Тиркеме өзгөртүүнү туура эмес номер менен жөнөттү. Баракты кайра жүктөңүз.
error-wrong_workshop = Бул ачкыч башка семинардыкы. Ушул семинардын шилтемеси менен кириңиз.
error-forbidden = Бул шилтеме менен муну ачууга болбойт. Модераторго кайрылыңыз.
error-read_only = Бул шилтеме көрүү үчүн гана: эч нерсени өзгөртүүгө болбойт.
error-revoked = Модератор бул шилтемени кайтарып алды же бул планшетти ажыратты. Жөнөтүлө элек өзгөртүүлөр сакталган жок. Топтун коду менен кайра кириңиз.
error-joining_closed = Бул топко кирүү жабык. Модераторго кайрылыңыз.
error-admin_key = Бул серверде семинар түзүү үчүн администратордун ачкычы керек.
error-internal = Серверде ката кетти. Кайра аракет кылыңыз.
error-invalid_json = Сервер сурамды окуй алган жок. Баракты кайра жүктөңүз.
error-content_type = Сервер сурамды окуй алган жок. Баракты кайра жүктөңүз.
error-timer_stopped = Таймер буга чейин токтотулган.
error-idempotency_key_reused = Бул өзгөртүү башка мазмун менен жөнөтүлгөн. Баракты кайра жүктөңүз.
error-method_not_allowed = Сервер муну аткара албайт. Баракты кайра жүктөңүз.
error-not_websocket = Бул дарек — түз агым, ага түз байланыш керек. Баракты кайра жүктөңүз.
error-invalid_query = Даректе ката бар. Баракты менюдан кайра ачыңыз.

# Who may see and do what (issue 15)
console-access = Кирүү
access-sharing = Топтор эмнени көрөт
share-maps-on = Топтор бардык карталарды жана жалпы картаны көрөт (көрүү үчүн гана).
share-maps-off = Ар бир топ өз картасын гана көрөт.
share-maps = Топторго бардык карталарды көрсөтүү
share-maps-stop = Башка топтордун карталарын жашыруу
access-codes = Топтордун коддору жана планшеттер
access-codes-hint = Жабык код жаңы планшеттерди киргизбейт; киргендер калат. Жаңы код эскисин алмаштырат. Ажыратылган планшет дароо кирүү мүмкүнчүлүгүн жоготот.
refresh = Жаңыртуу
tablets-none = Бир да планшет кире элек.
new-code-confirm = Топко жаңы код берилсинби? Эскиси иштебей калат; кирген планшеттер калат.
joining-open = кирүү ачык
joining-closed = кирүү жабык
joining-close = Кирүүнү жабуу
joining-reopen = Кирүүнү ачуу
new-code = Жаңы код
tablet-disconnect-confirm = Бул планшет ажыратылсынбы? Анын жөнөтүлө элек өзгөртүүлөрү сакталбайт; кайтуу үчүн топ код менен кайра кириши керек.
tablet-row = Планшет { $n }: { $joined } кирди, акыркы жолу { $seen } байланышта болду
tablet-disconnect = Ажыратуу
role-analyst = Аналитик
role-viewer = Көрүүчү
links-title = Аналитиктер жана көрүүчүлөр үчүн шилтемелер
links-hint = Аналитик баарын көрөт жана бардык файлдарды жүктөйт, бирок эч нерсени өзгөртпөйт. Көрүүчү (проектор, байкоочу) карталарды жана презентацияны көрөт, файлсыз.
link-role = Ким үчүн
link-label = Белги (кимге берилди)
link-make = Шилтеме түзүү
link-made = Шилтеме түзүлдү. Аны азыр көчүрүп алыңыз: экинчи жолу көрсөтүлбөйт.
links-none = Азырынча шилтемелер жок.
link-row = { $label } · { $role } · { $created } түзүлдү
link-revoke = Кайтарып алуу
link-revoke-confirm = Бул шилтеме кайтарылып алынсынбы? Ал аркылуу ачылган беттер дароо кирүү мүмкүнчүлүгүн жоготот.
admin-key = Сервердин администраторунун ачкычы
admin-key-hint = Бул сервер семинарларды администратордун ачкычы менен гана түзөт. Аны серверди иштеткен адам билет; бул компьютерде ал эстелип калат.
analyst-title = Аналитика
analyst-read-only = Шилтеме көрүү үчүн гана: бул жерде карталарды көрүп, файлдарды жүктөөгө болот, бирок эч нерсени өзгөртүүгө болбойт.
tab-all-maps = Бардык карталар
all-maps-hint = Модератор топторго бардык карталарды көрсөттү. Бул жерде аларды көрүүгө гана болот.

## Сервердин сертификатына ишеним (/trust)
trust-title = Бул серверге ишенүү
trust-intro = Сервер https аркылуу өзүнүн сертификаттоо борбору менен иштейт. Анын сертификатын ар бир планшетке же ноутбукка бир жолу орнотуңуз — ошондо барактар эскертүүсүз ачылат жана тармак жок болсо да иштей берет.
trust-download = Сертификатты жүктөп алуу (stakemap-ca.crt)
trust-android-title = Android
trust-android = Жогорудагы баскыч менен сертификатты жүктөп алып, файлды ачыңыз.
    Эч нерсе болбосо: Жөндөөлөр → Коопсуздук → Шифрлөө жана эсептик маалыматтар → Сертификат орнотуу → CA сертификаты.
    stakemap-ca.crt тандап, ырастаңыз.
trust-ipad-title = iPad жана iPhone
trust-ipad = Бул баракты Safari'де ачып, жогорудагы баскычты басыңыз; жүктөөгө уруксат бериңиз.
    Жөндөөлөр → Профиль жүктөлдү → Орнотуу.
    Жөндөөлөр → Негизги → Бул түзмөк жөнүндө → Сертификаттарга ишеним → «stakemap local authority» күйгүзүңүз.
trust-windows-title = Windows
trust-windows = Сертификатты жүктөп алып, stakemap-ca.crt ачыңыз → Сертификатты орнотуу.
    Учурдагы колдонуучу → Бардык сертификаттарды төмөнкү сактагычка жайгаштыруу: Ишенимдүү тамыр сертификаттоо борборлору.
    Даяр → Ооба. Браузерди кайра ачыңыз.
trust-no-authority = Сертификатты жүктөп алуу мүмкүн болбосо, сервер өзүнүн сертификаттоо борборусуз иштеп жатат: модератордон аны --tls-self-signed менен иштетүүнү сураныңыз.

## The console of a server started for a room (server/src/room.rs)
console-started = stakemap иштеп жатат. Бул компьютерде: { $url }
console-data = Семинарлардын маалыматтары бул папкада сакталат: { $folder }
console-addresses = Ошол эле Wi-Fi тармагындагы планшеттер бул даректердин бирин ачат (же QR-кодду скандайт):
console-local-only = Сервер бул компьютерден гана жеткиликтүү. Планшеттерди туташтыруу үчүн аны --addr жок же --addr 0.0.0.0:3000 менен иштетиңиз.
console-no-network = Бул компьютер тармакка туташкан эмес: залдын Wi-Fi тармагына туташыңыз — планшеттер үчүн даректер башкы бетте пайда болот.
console-firewall = Эгер планшеттер даректи ача албаса, брандмауэрде TCP { $port } портуна кирүүчү туташууларга уруксат бериңиз (мисалы: sudo ufw allow { $port }/tcp).
console-firewall-windows = Windows stakemap тармакка кирүүгө уруксат берүүнү сурашы мүмкүн: жеке тармактар үчүн уруксат бериңиз, болбосо планшеттер туташпайт (TCP { $port } порту).
console-stop = Серверди токтотуу үчүн Ctrl+C басыңыз же бул терезени жабыңыз: сакталгандардын баары калат.
console-failed = stakemap иштей баштаган жок: { $error }
console-press-enter = Терезени жабуу үчүн Enter басыңыз.
console-stopped = stakemap токтотулду, бардык өзгөртүүлөр жазылды.
console-migrate-workshop = { $n }/{ $count }: «{ $title }», өзгөртүүлөр: { $edits }
console-migrate-set-aside = Көчүрүлгөн жок (окулбайт): { $workshop }: { $reason }
console-migrate-done = { $to } ичине көчүрүлдү: семинарлар { $workshops }, өзгөртүүлөр { $edits }, ачкычтар { $keys }, шилтемелер жана планшеттер { $grants }.
console-migrate-failed = Көчүрүү ишке ашкан жок: { $error }. Булак өзгөргөн жок; кайра аракет кылуудан мурун максаттуу сактагычты тазалаңыз.
home-addresses-title = Планшеттер үчүн даректер
home-addresses-hint = Ошол эле Wi-Fi тармагындагы планшеттер бул даректердин бирин ачат же анын QR-кодун скандайт.
