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
sync-refused = Сервер өзгөртүүнү кабыл алган жок: { $reason }
dismiss = Түшүндүм

## The influence/interest grid
grid-interest = Кызыкчылык
grid-influence = Таасир
grid-attitude = Мамиле
grid-groups = Топтор
grid-numbers = Тордогу номерлер
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
