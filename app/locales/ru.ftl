# Русский: основной язык интерфейса.
app-name = stakemap
tagline = Карта заинтересованных сторон для семинаров
language = Язык
lang-ru = Русский
lang-ky = Кыргызча
lang-en = English
loading = Загрузка…
save = Сохранить
saving = Сохранение…
cancel = Отмена
delete = Удалить
back = Назад
copy = Копировать
copied = Скопировано
demo-badge = Демо
demo-note = Демонстрационный семинар: оценки условные и не отражают мнение реальных групп.
demo-reset = Сбросить демо
demo-reset-confirm = Вернуть демо в исходное состояние? Всё, что в него внесли, будет удалено.

home-join-title = Войти в свою группу
home-code-label = Код группы
home-code-hint = Шесть букв и цифр с экрана модератора
home-join = Войти
home-continue = Продолжить в группе «{ $group }»
home-leave = Ввести другой код
home-create = Создать семинар
home-demo-title = Попробовать демонстрационный семинар
home-demo-moderator = Открыть как модератор
home-demo-join = Войти в группу «{ $group }»

new-title = Новый семинар
field-title = Название
field-focal = Предмет анализа (что обсуждаем)
field-question = Вопрос для групп
field-date = Дата
field-place = Место
field-language = Язык семинара
field-groups = Группы
group-default = Группа { $n }
add-group = Добавить группу
remove-group = Убрать
create = Создать семинар
created-title = Семинар создан
created-key-warning = В этой ссылке модератора — ключ семинара, она показывается только один раз. Скопируйте её и сохраните.
created-moderator-link = Ссылка модератора
created-codes = Коды групп
open-moderator = Открыть страницу модератора

group-title = { $group }
stakeholder-count = { $count ->
    [one] { $count } заинтересованная сторона
    [few] { $count } заинтересованные стороны
   *[many] { $count } заинтересованных сторон
}
empty-list = Пока никого нет. Добавьте первую заинтересованную сторону.
add-stakeholder = Добавить сторону
edit-stakeholder = Изменить
new-stakeholder = Новая заинтересованная сторона
confirm-delete = Удалить «{ $name }»? Это нельзя отменить.
leave-group = Выйти из группы
not-joined = Этот планшет ещё не вошёл в группу.
go-home = На главную

field-name = Название
field-category = Категория
field-level = Уровень
field-interest = Интерес
field-influence = Влияние
field-attitude = Отношение к предмету анализа
field-interests = Их интересы
field-cooperation = Возможное сотрудничество
field-notes = Заметки
score-less = Меньше
score-more = Больше
score-of = из { $max }

category-state = Государственные структуры
category-international = Международные организации
category-civil_society = Организации гражданского общества
category-informal = Неформальные группы
level-national = Национальный
level-local = Местный
attitude-supportive = Поддерживает
attitude-neutral = Нейтрально
attitude-opposed = Против
attitude-unknown = Неизвестно
short-interest = Интерес
short-influence = Влияние

moderator-title = Модератор
moderator-no-key = Для этой страницы нужна ссылка модератора с ключом.
moderator-groups = Группы и их заинтересованные стороны

error-blank = Заполните это поле.
error-too_long = Слишком длинно: не больше { $max } знаков.
error-bad_character = Знак { $character } на { $position }-м месте невидим, меняет направление текста или служебный. Удалите его.
error-out_of_scale = Выберите целое число от { $min } до { $max }.
error-unknown_category = Выберите одну из категорий.
error-unknown_level = Выберите один из уровней.
error-unknown_group = В семинаре нет такой группы.
error-unknown_stakeholder = Этой заинтересованной стороны больше нет.
error-duplicate_stakeholder = Такая запись уже есть.
error-not_your_group = Группа может менять только свои записи.
error-group_required = Выберите группу.
error-group_count = В семинаре должно быть от 1 до { $max } групп.
error-duplicate_group_name = У двух групп одинаковые названия.
error-bad_date = Введите дату в виде 2022-07-18.
error-bad_join_code = Код группы — шесть букв и цифр, например K7M2QX.
error-unknown_code = Группы с таким кодом нет. Проверьте код на экране модератора.
error-rate_limited = Слишком много попыток. Подождите минуту и попробуйте снова.
error-busy = Сервер сейчас рисует много картинок сразу. Попробуйте через несколько секунд.
error-timeout = Запрос шёл слишком долго (медленная сеть или очень большой файл). Попробуйте ещё раз.
error-storage_unavailable = Сервер сейчас не может сохранять: его диск заполнен или неисправен. Ничего не изменено; попробуйте через минуту.
error-unauthorized = Ключ не подходит. Войдите в группу по коду ещё раз.
error-not_found = Не найдено.
error-too_large = Слишком большой объём для отправки.
error-malformed = Сервер не смог прочитать запрос. Перезагрузите страницу.
error-network = Нет связи с сервером. Проверьте Wi-Fi и попробуйте снова.
error-server = На сервере что-то пошло не так. Попробуйте ещё раз.

sync-saved = Все изменения сохранены
sync-sending = { $count ->
    [one] Сохраняется { $count } изменение…
    [few] Сохраняются { $count } изменения…
   *[many] Сохраняются { $count } изменений…
}
sync-offline = { $count ->
    [0] Нет связи — изменения сохранятся на планшете
    [one] Нет связи — { $count } изменение ждёт отправки
    [few] Нет связи — { $count } изменения ждут отправки
   *[many] Нет связи — { $count } изменений ждут отправки
}
sync-connecting = Подключение…
storage-read-only = Сервер сейчас не может сохранять (его диск заполнен или неисправен). Смотреть можно; ваши изменения ждут на этом устройстве и будут отправлены, как только сервер снова сможет сохранять.
sync-refused = Сервер не принял изменение: { $reason }
dismiss = Понятно

## The influence/interest grid
grid-interest = Интерес
grid-influence = Влияние
grid-attitude = Отношение
grid-groups = Группы
grid-numbers = Номера на сетке
grid-key-continues = Продолжение списка номеров — на следующей странице
grid-key-page = { $title } — номера ({ $page }/{ $pages })
grid-panels = Много участников
grid-panels-auto = Автоматически (от 40 — по категориям)
grid-panels-all = Одной картинкой
grid-panels-category = По категориям
grid-all-groups = Все группы
grid-empty = Пока никого нет: добавьте первую заинтересованную сторону.
quadrant-manage_closely = Тесно сотрудничать
quadrant-keep_satisfied = Учитывать интересы
quadrant-keep_informed = Информировать
quadrant-monitor = Наблюдать
grid-tap-cell = коснитесь клетки, куда её поставить, или перетащите метку.
grid-open-card = Открыть карточку
grid-help = Перетащите метку или коснитесь её, а затем клетки, чтобы изменить интерес и влияние.
view-list = Список
view-grid = Сетка
moderator-grid = Сетка влияния и интереса
grid-show = Показать
grid-filter-category = Категории
grid-filter-level = Уровни
grid-filter-all = Все
projector-open = На проектор
download-png = Скачать PNG
download-svg = Скачать SVG
grid-rule = Высокие оценки — от { $value } и выше

## Relationships
error-unknown_relationship = Этой связи больше нет.
error-duplicate_relationship_id = Такая связь уже есть.
error-self_link = Выберите двух разных участников.
error-duplicate_relationship = Между ними уже есть связь этого вида — измените её.
error-cross_group = Связь соединяет участников одной группы.
kind-cooperation = Сотрудничество
kind-funding = Финансирование
kind-authority = Подчинение
kind-information = Обмен информацией
kind-conflict = Конфликт
kind-other = Другое
graph-kinds = Виды связей
graph-one-way = Односторонняя (→)
graph-broker = Посредники (посредничество)
graph-isolated = Влиятельны, но без связей
graph-empty = Пока нет связей: добавьте первую.
graph-summary = { $nodes ->
    [one] { $nodes } сторона
    [few] { $nodes } стороны
   *[many] { $nodes } сторон
}, { $links ->
    [one] { $links } связь
    [few] { $links } связи
   *[many] { $links } связей
}
view-links = Связи
add-relationship = Добавить связь
new-relationship = Новая связь
edit-relationship = Изменить связь
field-from = Кто
field-to = С кем
field-kind = Вид связи
field-strength = Сила
field-direction = Направление
strength-1 = 1 — слабая
strength-2 = 2 — средняя
strength-3 = 3 — сильная
direction-mutual = Взаимная
direction-one-way = Односторонняя: от первой ко второй
relationships-none = Связей пока нет.
relationships-of = Связи
confirm-delete-with-links = Удалить «{ $name }» и { $count ->
    [one] { $count } её связь
    [few] { $count } её связи
   *[many] { $count } её связей
}?
confirm-delete-relationship = Удалить эту связь?
measures-title = Показатели
measures-degree = Связей
measures-betweenness = Посредничество
measures-component = Компонента
measures-community = Сообщество

## The combined map (plenary)
report-comparison = Что изменилось
console-history = История
history-heading = История семинара
history-help = Передвиньте ползунок или выберите раунд: карты покажутся такими, какими они были в тот момент (только для просмотра).
history-loading = Читаем историю: { $read } из { $total } правок…
history-failed = Не удалось прочитать историю. Проверьте связь и обновите.
history-file = Скачать { $file } на этот момент
history-refresh = Обновить
history-back = ← Правка назад
history-on = Правка вперёд →
history-slider = Момент
history-at = После { $n } правок · { $time }
history-start = Начало: ещё ни одной правки
history-plenary = Пленарная часть
rounds-heading = Раунды
rounds-name = Название раунда
rounds-name-example = например, До обсуждения
rounds-close = Закрыть раунд
rounds-none = Раундов пока нет. Закройте раунд перед обсуждением — карты этого момента сохранятся, и после обсуждения их можно будет сравнить.
rounds-at = Карта на момент
rounds-compare = Сравнить с
rounds-compare-none = не сравнивать
rounds-moves = Что изменилось
rounds-new = новый
rounds-gone = убран
rounds-loading = Загружаем карты раунда…
rounds-nothing-moved = Никто не сдвинулся.
rounds-place = интерес { $interest }, влияние { $influence }
rounds-col-group = Группа
rounds-col-before = Было
rounds-col-after = Стало
round-default = Раунд { $n }
round-now = сейчас
round-at-seq = после { $seq } правок
compare-was = Бледный, со стрелкой: где был в «{ $moment }»
compare-new = Кольцо: новый после «{ $moment }»
compare-gone = Зачёркнут: убран после «{ $moment }»
grid-combined = Общая карта
grid-combined-median = Маркер — медиана групп
grid-combined-single = * — назван одной группой
grid-combined-range = Линии — от низшей до высшей
grid-combined-count = (n) — число записей
view-combined = Общая карта
combined-title = Общая карта групп
combined-suggestions = Похоже на одного участника
combined-no-suggestions = Новых совпадений нет
combined-merge = Объединить
combined-reject = Это разные
combined-undo = Разъединить
combined-merge-selected = Объединить выбранные
combined-select = Выбрать
combined-contested = Где группы расходятся
contested-median = Черта — медиана групп
contested-page = { $title } ({ $page }/{ $pages })
contested-as-list = Списком
combined-none-contested = Группы пока не назвали общих участников
combined-single = Назван одной группой
combined-conflict = Группы по-разному указали категорию или уровень
combined-spread = Интерес { $interest }, влияние { $influence }
combined-reason-same_name = то же название
combined-reason-word_order = другой порядок слов
combined-reason-abbreviation = сокращение
combined-reason-transliteration = латиница и кириллица
combined-reason-near_spelling = похожее написание
error-moderator_only = Это может только модератор
error-merge_size = Выберите от 2 до { $max } участников
error-already_merged = Эти участники уже объединены
error-duplicate_merge_id = Такое объединение уже есть
error-unknown_merge = Такого объединения нет
worksheet-strategy = Стратегия
worksheet-scores = Интерес и влияние
present-open = Презентация
present-join = Подключитесь: наведите камеру на код своей группы
present-join-local = Этот адрес открывается только на этом компьютере. Откройте stakemap по сетевому адресу компьютера (например, http://192.168.1.20:3000), чтобы планшеты могли подключиться.
present-table-page = { $title } — таблица ({ $page }/{ $pages })

## The countdown timer (plenary)
timer-title = Таймер
timer-label = Для чего
timer-default-label = Работа в группах
timer-duration = Сколько минут
timer-minutes = { $minutes } мин
timer-start = Запустить
timer-stop = Остановить
timer-remaining = Осталось { $time }
timer-up = Время вышло
timer-idle = Таймер не запущен
error-timer_length = Таймер ставится на время от 1 секунды до 4 часов
error-too_many_stakeholders = В группе уже { $max } участников — это предел. Удалите лишних или заведите новый семинар.
error-too_many_relationships = В группе уже { $max } связей — это предел. Удалите лишние.
error-too_many_merges = На пленарной сессии уже { $max } объединений и отклонений — это предел.
error-too_many_rounds = В семинаре уже { $max } раундов — это предел.
error-too_many_edits = В семинаре уже { $max } правок — это предел. Выгрузите workshop.json и восстановите его как новый семинар.
graph-pick-first = Чтобы добавить связь, коснитесь двух участников на схеме
graph-pick-second = Выбран «{ $name }»: теперь коснитесь второго участника

## Exports: column headers of stakeholders.csv and relationships.csv
export-col-id = ID
export-col-group_id = ID группы
export-col-group = Группа
export-col-name = Название
export-col-category = Категория
export-col-level = Уровень
export-col-interest = Интерес
export-col-influence = Влияние
export-col-quadrant = Квадрант
export-col-attitude = Отношение
export-col-interests = Их интересы
export-col-cooperation = Возможное сотрудничество
export-col-notes = Заметки
export-col-members = ID объединённых записей
export-col-n = Число записей
export-col-from_id = ID кто
export-col-from = Кто
export-col-to_id = ID с кем
export-col-to = С кем
export-col-kind = Вид связи
export-col-strength = Сила
export-col-direction = Направление
export-one-way = односторонняя
export-mutual = взаимная
export-sheet-stakeholders = Стороны
export-sheet-relationships = Связи
export-sheet-combined = Сводная карта
export-sheet-measures = Показатели сети
export-files = Файлы для анализа

## Импорт (страница модератора, новый семинар) и ошибки в файлах
import-title = Импорт участников из файла
import-hint = Таблица: в первой строке названия столбцов (Название, Категория, Уровень, Интерес, Влияние; по желанию Отношение, Их интересы, Возможное сотрудничество, Заметки), дальше по строке на каждого участника. CSV или XLSX; подходит и stakeholders.csv, выгруженный из stakemap. Если в файле есть ошибка, ничего не добавляется.
import-group = В группу
import-file = Файл
import-submit = Импортировать
import-busy = Импорт…
import-template = Шаблон
import-template-lists = Списки
import-choose-file = Сначала выберите файл.
import-added = Добавлено участников: { $count }.
import-problem = Строка { $line }, столбец { $column }: { $message }
import-problem-line = Строка { $line }: { $message }
import-removed = Удалено: невидимый, меняющий направление или служебный знак { $character }.
import-warnings = Файл импортирован, но из некоторых ячеек удалены лишние знаки:
restore-title = Восстановить семинар из workshop.json
restore-hint = Файл workshop.json, выгруженный из stakemap, станет новым семинаром со всем содержимым: группами, участниками, связями и объединениями пленарной сессии. У него будут новая ссылка модератора и новые коды групп.
restore-submit = Восстановить
error-invalid_file = В файле есть ошибки; ничего не импортировано.
error-unreadable_file = Этот файл не читается. Сохраните его как CSV UTF-8 или XLSX и попробуйте снова.
error-empty_file = В файле нет участников: в первой строке названия столбцов, в каждой следующей — один участник.
error-too_many_rows = В файле слишком много строк: не больше { $max } за раз.
error-not_a_number = Напишите целое число от { $min } до { $max }.
error-unknown_attitude = Напишите «Поддерживает», «Нейтрально», «Против» или «Неизвестно» либо оставьте пустым.
error-missing_column = Нет столбца «{ $header }».
error-json = Файл не является корректным JSON.
error-schema = Это не файл семинара stakemap или он из другой версии.

## The printable report (/moderator/:id/report)
report-open = Отчёт (печать / PDF)
report-title = Отчёт
report-print = Печать / сохранить в PDF
report-focal = Предмет анализа
report-made = Отчёт составлен
report-stakeholders = Заинтересованные стороны
report-relationships = Связи
report-graph = Граф связей
report-worksheet = Рабочая таблица
report-none = Заинтересованных сторон нет.

# Moderator console
console-sections = Разделы страницы модератора
console-groups = Группы
console-pictures = Сетка и граф
console-combined = Общая карта
console-timer = Таймер
console-import = Импорт
console-files = Файлы
console-timer-idle = не запущен
console-attitude = Отношение
console-links = Связи
console-worksheet = Рабочая таблица
console-page-rows = { $from }–{ $to } из { $count }
console-page-previous = Предыдущая страница
console-page-next = Следующая страница

## Error codes the server sends that the app had no words for (issue 14)
error-bad_scale = Наименьшая оценка шкалы должна быть меньше наибольшей.
error-bad_edit_id = Приложение отправило изменение без правильного номера. Перезагрузите страницу.
error-wrong_workshop = Этот ключ от другого семинара. Войдите по ссылке этого семинара.
error-forbidden = По этой ссылке это открыть нельзя. Обратитесь к модератору.
error-read_only = Эта ссылка только для просмотра: изменить ничего нельзя.
error-revoked = Модератор отозвал эту ссылку или отключил этот планшет. Неотправленные изменения не сохранены. Войдите снова по коду группы.
error-joining_closed = Вход в эту группу закрыт. Обратитесь к модератору.
error-admin_key = Чтобы создать семинар на этом сервере, нужен ключ администратора.
error-internal = На сервере что-то пошло не так. Попробуйте ещё раз.
error-invalid_json = Сервер не смог прочитать запрос. Перезагрузите страницу.
error-content_type = Сервер не смог прочитать запрос. Перезагрузите страницу.
error-timer_stopped = Таймер уже остановлен.
error-idempotency_key_reused = Это изменение уже было отправлено с другим содержанием. Перезагрузите страницу.
error-method_not_allowed = Сервер так не умеет. Перезагрузите страницу.
error-not_websocket = Этот адрес — живая лента, ему нужно живое соединение. Перезагрузите страницу.
error-invalid_query = В адресе ошибка. Откройте страницу заново из меню.

# Who may see and do what (issue 15)
console-access = Доступ
access-sharing = Что видят группы
share-maps-on = Группы видят все карты и общую карту (только просмотр).
share-maps-off = Каждая группа видит только свою карту.
share-maps = Показать группам все карты
share-maps-stop = Скрыть от групп чужие карты
access-codes = Коды групп и планшеты
access-codes-hint = Закрытый код не впускает новые планшеты; вошедшие остаются. Новый код заменяет старый. Отключённый планшет сразу теряет доступ.
refresh = Обновить
tablets-none = Ни один планшет ещё не вошёл.
new-code-confirm = Дать группе новый код? Старый перестанет работать; вошедшие планшеты останутся.
joining-open = вход открыт
joining-closed = вход закрыт
joining-close = Закрыть вход
joining-reopen = Открыть вход
new-code = Новый код
tablet-disconnect-confirm = Отключить этот планшет? Его неотправленные изменения не сохранятся; чтобы вернуться, группе нужно войти снова по коду.
tablet-row = Планшет { $n }: вошёл в { $joined }, на связи в { $seen }
tablet-disconnect = Отключить
role-analyst = Аналитик
role-viewer = Зритель
links-title = Ссылки для аналитиков и зрителей
links-hint = Аналитик видит всё и скачивает все файлы, но ничего не меняет. Зритель (проектор, наблюдатель) видит карты и презентацию, без файлов.
link-role = Для кого
link-label = Подпись (кому выдана)
link-make = Создать ссылку
link-made = Ссылка создана. Скопируйте её сейчас: второй раз она не будет показана.
links-none = Ссылок пока нет.
link-row = { $label } · { $role } · создана в { $created }
link-revoke = Отозвать
link-revoke-confirm = Отозвать эту ссылку? Открытые по ней страницы сразу потеряют доступ.
admin-key = Ключ администратора сервера
admin-key-hint = Этот сервер создаёт семинары только с ключом администратора. Его знает тот, кто запустил сервер; на этом компьютере он запомнится.
analyst-title = Аналитика
analyst-read-only = Ссылка только для просмотра: здесь можно смотреть карты и скачивать файлы, но ничего нельзя изменить.
tab-all-maps = Все карты
all-maps-hint = Модератор показал группам все карты. Здесь их можно только смотреть.

## Доверие к сертификату сервера (/trust)
trust-title = Доверять этому серверу
trust-intro = Сервер работает по https со своим центром сертификации. Установите его сертификат один раз на каждом планшете или ноутбуке — тогда страницы открываются без предупреждений и продолжают работать без сети.
trust-download = Скачать сертификат (stakemap-ca.crt)
trust-android-title = Android
trust-android = Скачайте сертификат кнопкой выше и откройте файл.
    Если ничего не произошло: Настройки → Безопасность → Шифрование и учётные данные → Установить сертификат → Сертификат ЦС.
    Выберите stakemap-ca.crt и подтвердите.
trust-ipad-title = iPad и iPhone
trust-ipad = Откройте эту страницу в Safari и нажмите кнопку выше; разрешите загрузку.
    Настройки → Профиль загружен → Установить.
    Настройки → Основные → Об этом устройстве → Доверие сертификатам → включите «stakemap local authority».
trust-windows-title = Windows
trust-windows = Скачайте сертификат и откройте stakemap-ca.crt → Установить сертификат.
    Текущий пользователь → Поместить все сертификаты в хранилище: Доверенные корневые центры сертификации.
    Готово → Да. Перезапустите браузер.
trust-no-authority = Если скачать сертификат не получается, сервер работает без своего центра сертификации: попросите модератора запустить его с --tls-self-signed.

## The console of a server started for a room (server/src/room.rs)
console-started = stakemap работает. На этом компьютере: { $url }
console-data = Данные семинаров хранятся в папке: { $folder }
console-addresses = Планшеты в той же сети Wi-Fi открывают один из этих адресов (или сканируют QR-код):
console-local-only = Сервер доступен только с этого компьютера. Чтобы подключить планшеты, запустите его без --addr или с --addr 0.0.0.0:3000.
console-no-network = Этот компьютер не подключён к сети: подключитесь к Wi-Fi зала — адреса для планшетов появятся на главной странице.
console-firewall = Если планшеты не открывают адрес, разрешите в брандмауэре входящие подключения к порту TCP { $port } (например: sudo ufw allow { $port }/tcp).
console-firewall-windows = Windows может спросить, разрешить ли stakemap доступ к сети: разрешите для частных сетей, иначе планшеты не подключатся (порт TCP { $port }).
console-stop = Чтобы остановить сервер, нажмите Ctrl+C или закройте это окно: всё сохранённое останется.
console-failed = stakemap не запустился: { $error }
console-press-enter = Нажмите Enter, чтобы закрыть окно.
console-stopped = stakemap остановлен, все изменения записаны.
console-migrate-workshop = { $n }/{ $count }: «{ $title }», правок: { $edits }
console-migrate-set-aside = Не скопирован (не читается): { $workshop }: { $reason }
console-migrate-done = Скопировано в { $to }: семинаров { $workshops }, правок { $edits }, ключей { $keys }, ссылок и планшетов { $grants }.
console-migrate-failed = Перенос не удался: { $error }. Источник не изменён; очистите целевое хранилище, прежде чем повторить.
home-addresses-title = Адреса для планшетов
home-addresses-hint = Планшеты в той же сети Wi-Fi открывают один из этих адресов или сканируют его QR-код.
