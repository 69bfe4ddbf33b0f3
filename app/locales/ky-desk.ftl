# Кыргызча: модератордун жана аналитиктин барактарынын жана сервердин консолунун гана сөздөрү. Планшет аларды
# жүктөбөйт; жалпы сөздөр ky.ftl ичинде.
back = Артка
demo-reset = Демону баштапкы абалга кайтаруу
demo-reset-confirm = Демону баштапкы абалына кайтарасызбы? Ага киргизилгендин баары өчүрүлөт.

new-title = Жаңы семинар
field-title = Аталышы
field-focal = Талдоонун предмети (эмне талкууланат)
field-question = Топтор үчүн суроо
field-date = Күнү
field-place = Өткөрүлүүчү жери
field-language = Семинардын тили
created-title = Семинар даяр
created-key-warning = Бул модератордун шилтемесинде семинардын ачкычы бар жана ал бир гана жолу көрсөтүлөт. Көчүрүп алып, сактап коюңуз.
created-moderator-link = Модератордун шилтемеси
created-codes = Топтордун коддору
open-moderator = Модератордун барагын ачуу

moderator-title = Модератор
moderator-no-key = Бул барак үчүн ачкычы бар модератордун шилтемеси керек.
grid-panels = Көп катышуучу
grid-panels-auto = Автоматтык түрдө (40тан баштап категориялар боюнча)
grid-panels-all = Бир сүрөттө
grid-panels-category = Категориялар боюнча
moderator-grid = Таасир жана кызыкчылык тору
grid-show = Көрсөтүү
grid-filter-category = Категориялар
grid-filter-level = Деңгээлдер
grid-filter-all = Баары
projector-open = Проекторго
download-png = PNG жүктөп алуу
download-svg = SVG жүктөп алуу

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
rounds-moves = Эмне өзгөрдү
rounds-new = жаңы
rounds-gone = алынган
rounds-loading = Раунддун карталары жүктөлүүдө…
rounds-nothing-moved = Эч ким жылган жок.
rounds-place = кызыкчылык { $interest }, таасир { $influence }
rounds-col-group = Топ
rounds-col-before = Болгон
rounds-col-after = Болду
combined-title = Топтордун жалпы картасы
combined-suggestions = Бир эле катышуучуга окшойт
combined-no-suggestions = Жаңы дал келүүлөр жок
combined-merge = Бириктирүү
combined-reject = Булар башка
combined-merge-selected = Тандалгандарды бириктирүү
combined-reason-same_name = ошол эле аталыш
combined-reason-word_order = сөздөрдүн тартиби башка
combined-reason-abbreviation = кыскартуу
combined-reason-transliteration = латын жана кирилл
combined-reason-near_spelling = окшош жазылыш
present-open = Презентация
present-join = Кошулуңуз: камераны тобуңуздун кодуна багыттаңыз
present-join-local = Бул дарек ушул компьютерде гана ачылат. Планшеттер кошула алышы үчүн stakemap'ти компьютердин тармактык дареги менен ачыңыз (мисалы, http://192.168.1.20:3000).
present-table-page = { $title } — таблица ({ $page }/{ $pages })
export-files = Анализ үчүн файлдар

## Импорт (модератордун барагы, жаңы семинар) жана файлдагы каталар
import-title = Файлдан кызыкдар тараптарды импорттоо
import-hint = Таблица: биринчи сапта мамычалардын аттары (Аталышы, Категориясы, Деңгээли, Кызыкчылык, Таасир; каалаганда Мамилеси, Алардын кызыкчылыктары, Мүмкүн болгон кызматташтык, Эскертүүлөр), андан кийин ар бир кызыкдар тарапка бир сап. CSV же XLSX; stakemap'тан алынган stakeholders.csv да ылайыктуу. Файлда ката болсо, эч нерсе кошулбайт.
import-group = Топко
import-submit = Импорттоо
import-busy = Импорттолууда…
import-template = Үлгү
import-added = Кошулду: { $count }.
import-warnings = Файл импорттолду, бирок айрым уячалардан ашыкча белгилер өчүрүлдү:
restore-title = Семинарды workshop.json файлынан калыбына келтирүү
restore-hint = stakemap'тан алынган workshop.json файлы бардык мазмуну менен жаңы семинар болуп калат: топтор, кызыкдар тараптар, байланыштар жана пленардык бириктирүүлөр. Ага жаңы модератор шилтемеси жана топтордун жаңы коддору берилет.
restore-submit = Калыбына келтирүү

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
console-import = Импорт
console-files = Файлдар
console-worksheet = Иш таблицасы

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
home-addresses-title = Планшеттер үчүн даректер
home-addresses-hint = Ошол эле Wi-Fi тармагындагы планшеттер бул даректердин бирин ачат же анын QR-кодун скандайт.

export-sheet-stakeholders = Тараптар
export-sheet-relationships = Байланыштар
export-sheet-combined = Жалпы карта
export-sheet-measures = Тармактын көрсөткүчтөрү
import-template-lists = Тизмелер

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
baselines-heading = Базалык карта: мурунку карта менен салыштыруу
baselines-hint = Мурунку семинардын workshop.json файлын тиркеңиз (мисалы, 2022-жылдын картасы): анын жалпы картасы базалык катары сакталат. Андан кийин ким ким экенин ырастаңыз.
baselines-file = workshop.json файлы
baselines-name = Базалык картанын аталышы
baselines-name-example = 2022-жылдын картасы
baselines-attach = Тиркөө
baselines-attaching = Тиркелүүдө…
baselines-detach = Ажыратуу
baselines-proposed = Сунушталган дал келүүлөр ({ $count })
baselines-confirm = Ырастоо
baselines-confirm-all = Баарын ырастоо ({ $count })
baselines-matched = Салыштырылды: { $actors } ичинен { $matched }
baselines-unmatch = Жокко чыгаруу
baselines-none-proposed = Жаңы сунуштар жок.
baselines-grid = Жалпы карта: { $name } → азыр
baselines-comparison-file = Салыштыруу (CSV)
export-sheet-comparison = Салыштыруу
comparison-then-name = Базалык картадагы аталышы
comparison-then-groups = Базалык картадагы топтор
comparison-then-interest = Базалык картадагы кызыкчылык
comparison-then-influence = Базалык картадагы таасир
comparison-then-quadrant = Базалык картадагы квадрант
comparison-distance = Жылыш
comparison-change = Эмне өзгөрдү
comparison-quadrant-changed = квадрантын алмаштырды
comparison-new = жаңы
comparison-unmatched = азыр картада жок
comparison-moved = жылды
comparison-same = ордунда
report-baseline-heading = «{ $name }» базалык картасы менен салыштыруу
baselines-compare = Жалпы картаны базалык карта менен салыштыруу
baselines-held = Же ушул сервердеги семинарларыңыздын бири:
baselines-by-hand = Кол менен дал келтирүү
baselines-by-hand-hint = Базалык картадагы тарапты, андан кийин азыркы картадагы тарапты тандаңыз.
baselines-then = Базалык картада
baselines-now = Азыркы картада
baselines-match = Дал келтирүү
baselines-matched-pairs = Дал келтирилген жуптар ({ $count })

# Refusals only the desk meets (`ErrorCode::DESK_ONLY`): a tablet never fetches these.
error-merge_size = 2ден { $max } чейин катышуучу тандаңыз
error-already_merged = Бул катышуучулар буга чейин бириктирилген
error-duplicate_merge_id = Мындай бириктирүү бар
error-unknown_merge = Мындай бириктирүү жок
error-timer_length = Таймерди 1 секунддан 4 саатка чейин коюуга болот
error-too_many_merges = Пленардык сессияда { $max } бириктирүү жана четке кагуу бар — бул чек.
error-too_many_rounds = Семинарда { $max } раунд бар — бул чек.
error-unknown_baseline = Мындай базалык карта жок.
error-duplicate_baseline = Мындай id менен базалык карта бар.
error-already_matched = Бул катышуучу базалык картадагы башкасы менен салыштырылган.
error-too_many_baselines = Семинарга { $max } базалык карта тиркелген — бул чек.
error-too_many_baseline_actors = Базалык картада { $max } катышуучудан ашык болбойт.
