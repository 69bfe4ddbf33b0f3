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
copy = Копировать
copied = Скопировано
demo-badge = Демо
demo-note = Демонстрационный семинар: оценки условные и не отражают мнение реальных групп.

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
field-groups = Группы
group-default = Группа { $n }
add-group = Добавить группу
remove-group = Убрать
create = Создать семинар

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
undo = ↶ Отменить
redo = ↷ Вернуть
rounds-compare = Сравнить с
rounds-compare-none = не сравнивать
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
combined-undo = Разъединить
combined-select = Выбрать
combined-contested = Где группы расходятся
contested-median = Черта — медиана групп
contested-page = { $title } ({ $page }/{ $pages })
contested-as-list = Списком
combined-none-contested = Группы пока не назвали общих участников
combined-single = Назван одной группой
combined-conflict = Группы по-разному указали категорию или уровень
combined-spread = Интерес { $interest }, влияние { $influence }
error-moderator_only = Это может только модератор
worksheet-strategy = Стратегия
worksheet-scores = Интерес и влияние

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
error-too_many_stakeholders = В группе уже { $max } участников — это предел. Удалите лишних или заведите новый семинар.
error-too_many_relationships = В группе уже { $max } связей — это предел. Удалите лишние.
error-changed_since = Отменить нельзя: на другом устройстве с тех пор изменили это поле
error-gone_since = Отменить нельзя: на другом устройстве это уже удалили
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
import-file = Файл
import-choose-file = Сначала выберите файл.
import-problem = Строка { $line }, столбец { $column }: { $message }
import-problem-line = Строка { $line }: { $message }
import-removed = Удалено: невидимый, меняющий направление или служебный знак { $character }.
error-invalid_file = В файле есть ошибки; ничего не импортировано.
error-unreadable_file = Этот файл не читается. Сохраните его как CSV UTF-8 или XLSX и попробуйте снова.
error-empty_file = В файле нет участников: в первой строке названия столбцов, в каждой следующей — один участник.
error-too_many_rows = В файле слишком много строк: не больше { $max } за раз.
error-not_a_number = Напишите целое число от { $min } до { $max }.
error-unknown_attitude = Напишите «Поддерживает», «Нейтрально», «Против» или «Неизвестно» либо оставьте пустым.
error-missing_column = Нет столбца «{ $header }».
error-json = Файл не является корректным JSON.
error-schema = Это не файл семинара stakemap или он из другой версии.
console-timer = Таймер
console-timer-idle = не запущен
console-attitude = Отношение
console-links = Связи
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
tab-all-maps = Все карты
all-maps-hint = Модератор показал группам все карты. Здесь их можно только смотреть.
