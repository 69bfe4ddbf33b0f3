# Русский: слова только страниц модератора и аналитика (пульт, проектор, презентация, отчёт, доверие, новый семинар)
# и консоли сервера. Планшет их не загружает; общие слова в ru.ftl.
back = Назад
demo-reset = Сбросить демо
demo-reset-confirm = Вернуть демо в исходное состояние? Всё, что в него внесли, будет удалено.

new-title = Новый семинар
field-title = Название
field-focal = Предмет анализа (что обсуждаем)
field-question = Вопрос для групп
field-date = Дата
field-place = Место
field-language = Язык семинара
created-title = Семинар создан
created-key-warning = В этой ссылке модератора — ключ семинара, она показывается только один раз. Скопируйте её и сохраните.
created-moderator-link = Ссылка модератора
created-codes = Коды групп
open-moderator = Открыть страницу модератора

moderator-title = Модератор
moderator-no-key = Для этой страницы нужна ссылка модератора с ключом.
grid-panels = Много участников
grid-panels-auto = Автоматически (от 40 — по категориям)
grid-panels-all = Одной картинкой
grid-panels-category = По категориям
moderator-grid = Сетка влияния и интереса
grid-show = Показать
grid-filter-category = Категории
grid-filter-level = Уровни
grid-filter-all = Все
projector-open = На проектор
download-png = Скачать PNG
download-svg = Скачать SVG

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
rounds-moves = Что изменилось
rounds-new = новый
rounds-gone = убран
rounds-loading = Загружаем карты раунда…
rounds-nothing-moved = Никто не сдвинулся.
rounds-place = интерес { $interest }, влияние { $influence }
rounds-col-group = Группа
rounds-col-before = Было
rounds-col-after = Стало
combined-title = Общая карта групп
combined-suggestions = Похоже на одного участника
combined-no-suggestions = Новых совпадений нет
combined-merge = Объединить
combined-reject = Это разные
combined-merge-selected = Объединить выбранные
combined-reason-same_name = то же название
combined-reason-word_order = другой порядок слов
combined-reason-abbreviation = сокращение
combined-reason-transliteration = латиница и кириллица
combined-reason-near_spelling = похожее написание
present-open = Презентация
present-join = Подключитесь: наведите камеру на код своей группы
present-join-local = Этот адрес открывается только на этом компьютере. Откройте stakemap по сетевому адресу компьютера (например, http://192.168.1.20:3000), чтобы планшеты могли подключиться.
present-table-page = { $title } — таблица ({ $page }/{ $pages })
export-files = Файлы для анализа

## Импорт (страница модератора, новый семинар) и ошибки в файлах
import-title = Импорт участников из файла
import-hint = Таблица: в первой строке названия столбцов (Название, Категория, Уровень, Интерес, Влияние; по желанию Отношение, Их интересы, Возможное сотрудничество, Заметки), дальше по строке на каждого участника. CSV или XLSX; подходит и stakeholders.csv, выгруженный из stakemap. Если в файле есть ошибка, ничего не добавляется.
import-group = В группу
import-submit = Импортировать
import-busy = Импорт…
import-template = Шаблон
import-added = Добавлено участников: { $count }.
import-warnings = Файл импортирован, но из некоторых ячеек удалены лишние знаки:
restore-title = Восстановить семинар из workshop.json
restore-hint = Файл workshop.json, выгруженный из stakemap, станет новым семинаром со всем содержимым: группами, участниками, связями и объединениями пленарной сессии. У него будут новая ссылка модератора и новые коды групп.
restore-submit = Восстановить

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
console-import = Импорт
console-files = Файлы
console-worksheet = Рабочая таблица

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
home-addresses-title = Адреса для планшетов
home-addresses-hint = Планшеты в той же сети Wi-Fi открывают один из этих адресов или сканируют его QR-код.

export-sheet-stakeholders = Стороны
export-sheet-relationships = Связи
export-sheet-combined = Сводная карта
export-sheet-measures = Показатели сети
import-template-lists = Списки

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
baselines-heading = Базовая карта: сравнение с прошлым картированием
baselines-hint = Прикрепите workshop.json прошлого семинара (например, карту 2022 года): его сводная карта сохранится как базовая. Затем подтвердите, кто есть кто.
baselines-file = Файл workshop.json
baselines-name = Название базовой карты
baselines-name-example = Карта 2022
baselines-attach = Прикрепить
baselines-attaching = Прикрепляем…
baselines-detach = Открепить
baselines-proposed = Предложенные совпадения ({ $count })
baselines-confirm = Подтвердить
baselines-confirm-all = Подтвердить все ({ $count })
baselines-matched = Сопоставлено: { $matched } из { $actors }
baselines-unmatch = Отменить
baselines-none-proposed = Новых предложений нет.
baselines-grid = Сводная карта: { $name } → сейчас
baselines-comparison-file = Сравнение (CSV)
export-sheet-comparison = Сравнение
comparison-then-name = Название в базовой карте
comparison-then-groups = Группы в базовой карте
comparison-then-interest = Интерес в базовой карте
comparison-then-influence = Влияние в базовой карте
comparison-then-quadrant = Квадрант в базовой карте
comparison-distance = Сдвиг
comparison-change = Что изменилось
comparison-quadrant-changed = сменил квадрант
comparison-new = новый
comparison-unmatched = нет на карте сейчас
comparison-moved = сдвинулся
comparison-same = на месте
report-baseline-heading = Сравнение с базовой картой «{ $name }»
baselines-compare = Сравнить сводную карту с базовой
baselines-held = Или один из ваших семинаров на этом сервере:
baselines-by-hand = Сопоставить вручную
baselines-by-hand-hint = Выберите актора базовой карты, затем — актора на карте сейчас.
baselines-then = В базовой карте
baselines-now = На карте сейчас
baselines-match = Сопоставить
baselines-matched-pairs = Сопоставленные пары ({ $count })

# Refusals only the desk meets (`ErrorCode::DESK_ONLY`): a tablet never fetches these.
error-merge_size = Выберите от 2 до { $max } участников
error-already_merged = Эти участники уже объединены
error-duplicate_merge_id = Такое объединение уже есть
error-unknown_merge = Такого объединения нет
error-timer_length = Таймер ставится на время от 1 секунды до 4 часов
error-too_many_merges = На пленарной сессии уже { $max } объединений и отклонений — это предел.
error-too_many_rounds = В семинаре уже { $max } раундов — это предел.
error-unknown_baseline = Такой базовой карты нет.
error-duplicate_baseline = Базовая карта с таким id уже есть.
error-already_matched = Этот участник уже сопоставлен с другим из базовой карты.
error-too_many_baselines = К семинару уже прикреплено { $max } базовых карт — это предел.
error-too_many_baseline_actors = В базовой карте может быть не больше { $max } участников.
