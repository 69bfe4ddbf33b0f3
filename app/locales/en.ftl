# English. Keys are shared by ru.ftl and ky.ftl; a test checks that all three have the same keys.
app-name = stakemap
tagline = Stakeholder mapping for workshops
language = Language
lang-ru = Русский
lang-ky = Кыргызча
lang-en = English
loading = Loading…
save = Save
saving = Saving…
cancel = Cancel
delete = Delete
copy = Copy
copied = Copied
demo-badge = Demo
demo-note = Demo workshop: the scores are illustrative, not the views of any real group.

home-join-title = Join your group
home-code-label = Join code
home-code-hint = Six letters and digits, from the moderator's screen
home-join = Join
home-continue = Continue in { $group }
home-leave = Use another code
home-create = Create a workshop
home-demo-title = Try the demo workshop
home-demo-moderator = Open as moderator
home-demo-join = Join { $group }
field-groups = Groups
group-default = Group { $n }
add-group = Add a group
remove-group = Remove
create = Create the workshop

group-title = { $group }
stakeholder-count = { $count ->
    [one] { $count } stakeholder
   *[other] { $count } stakeholders
}
empty-list = No stakeholders yet. Add the first one.
add-stakeholder = Add a stakeholder
edit-stakeholder = Edit stakeholder
new-stakeholder = New stakeholder
confirm-delete = Delete “{ $name }”? This cannot be undone.
leave-group = Leave this group
not-joined = This tablet has not joined a group yet.
go-home = Go to the home page

field-name = Name
field-category = Category
field-level = Level
field-interest = Interest
field-influence = Influence
field-attitude = Attitude to the focal subject
field-interests = Their interests
field-cooperation = Possible cooperation
field-notes = Notes
score-less = Less
score-more = More
score-of = out of { $max }

category-state = State bodies
category-international = International organisations
category-civil_society = Civil-society organisations
category-informal = Informal groups
level-national = National
level-local = Local
attitude-supportive = Supportive
attitude-neutral = Neutral
attitude-opposed = Opposed
attitude-unknown = Unknown
short-interest = Interest
short-influence = Influence
moderator-groups = Groups and their stakeholders

error-blank = Please fill this in.
error-too_long = Too long: at most { $max } characters.
error-bad_character = The character { $character } at position { $position } is invisible, changes the text's direction or is a control character. Remove it.
error-out_of_scale = Choose a whole number from { $min } to { $max }.
error-unknown_category = Choose one of the categories.
error-unknown_level = Choose one of the levels.
error-unknown_group = This group does not exist in the workshop.
error-unknown_stakeholder = This stakeholder no longer exists.
error-duplicate_stakeholder = This stakeholder already exists.
error-not_your_group = Your group can change only its own stakeholders.
error-group_required = Choose a group.
error-group_count = A workshop needs between 1 and { $max } groups.
error-duplicate_group_name = Two groups have the same name.
error-bad_date = Enter a date like 2022-07-18.
error-bad_join_code = A join code has six letters and digits, like K7M2QX.
error-unknown_code = No group has this code. Check it on the moderator's screen.
error-rate_limited = Too many attempts. Wait a minute and try again.
error-busy = The server is drawing many pictures at once. Try again in a few seconds.
error-timeout = The request took too long (a slow network or a very large file). Try again.
error-storage_unavailable = The server cannot save right now: its disk is full or failing. Nothing was changed; try again in a minute.
error-unauthorized = The key is missing or wrong. Join again with the code.
error-not_found = Not found.
error-too_large = This is too large to send.
error-malformed = The app sent something the server could not read. Reload the page.
error-network = No connection to the server. Check the Wi-Fi and try again.
error-server = Something went wrong on the server. Try again.

sync-saved = All changes saved
sync-sending = { $count ->
    [one] Saving { $count } change…
   *[other] Saving { $count } changes…
}
sync-offline = { $count ->
    [0] Offline — changes will be kept on this tablet
    [one] Offline — { $count } change waiting
   *[other] Offline — { $count } changes waiting
}
sync-connecting = Connecting…
storage-read-only = The server cannot save right now (its disk is full or failing). You can still look; your changes wait on this device and are sent as soon as the server can save again.
sync-refused = The server did not accept a change: { $reason }
dismiss = OK

## The influence/interest grid
grid-interest = Interest
grid-influence = Influence
grid-attitude = Attitude
grid-groups = Groups
grid-numbers = Numbers on the grid
grid-key-continues = The numbered list continues on the next page
grid-key-page = { $title } — numbers ({ $page }/{ $pages })
grid-all-groups = All groups
grid-empty = Nobody yet: add the first stakeholder.
quadrant-manage_closely = Manage closely
quadrant-keep_satisfied = Keep satisfied
quadrant-keep_informed = Keep informed
quadrant-monitor = Monitor
grid-tap-cell = tap the cell to put it in, or drag the marker.
grid-open-card = Open card
grid-help = Drag a marker, or tap it and then a cell, to change interest and influence.
view-list = List
view-grid = Grid
grid-rule = High scores: { $value } and above

## Relationships
error-unknown_relationship = This relationship no longer exists.
error-duplicate_relationship_id = This relationship already exists.
error-self_link = Pick two different stakeholders.
error-duplicate_relationship = These two already have a relationship of this kind: change that one.
error-cross_group = A relationship joins stakeholders of the same group.
kind-cooperation = Cooperation
kind-funding = Funding
kind-authority = Authority
kind-information = Information
kind-conflict = Conflict
kind-other = Other
graph-kinds = Kinds of relationship
graph-one-way = One-way (→)
graph-broker = Brokers (betweenness)
graph-isolated = Influential, but unconnected
graph-empty = No relationships yet: add the first.
graph-summary = { $nodes ->
    [one] { $nodes } stakeholder
   *[other] { $nodes } stakeholders
}, { $links ->
    [one] { $links } relationship
   *[other] { $links } relationships
}
view-links = Links
add-relationship = Add a relationship
new-relationship = New relationship
edit-relationship = Change relationship
field-from = Who
field-to = With whom
field-kind = Kind
field-strength = Strength
field-direction = Direction
strength-1 = 1 — weak
strength-2 = 2 — medium
strength-3 = 3 — strong
direction-mutual = Mutual
direction-one-way = One-way: from the first to the second
relationships-none = No relationships yet.
relationships-of = Relationships
confirm-delete-with-links = Delete “{ $name }” and { $count ->
    [one] its { $count } relationship
   *[other] its { $count } relationships
}?
confirm-delete-relationship = Delete this relationship?
measures-title = Measures
measures-degree = Links
measures-betweenness = Brokerage
measures-component = Component
measures-community = Community
undo = ↶ Undo
redo = ↷ Redo
rounds-compare = Compare with
rounds-compare-none = no comparison
round-default = Round { $n }
round-now = now
round-at-seq = after { $seq } edits
compare-was = Faint, with an arrow: where it was in { $moment }
compare-new = Ring: new since { $moment }
compare-gone = Crossed out: gone since { $moment }
grid-combined = Combined map
grid-combined-median = Marker: the groups' median
grid-combined-single = *: named by one group
grid-combined-range = Lines: lowest to highest
grid-combined-count = (n): number of entries
view-combined = Combined map
combined-undo = Separate
combined-select = Select
combined-contested = Where the groups disagree
contested-median = Tick — the groups' median
contested-page = { $title } ({ $page }/{ $pages })
contested-as-list = As a list
combined-none-contested = No stakeholder is named by two groups yet
combined-single = Named by one group
combined-conflict = The groups gave different categories or levels
combined-spread = Interest { $interest }, influence { $influence }
error-moderator_only = Only the moderator can do this
worksheet-strategy = Strategy
worksheet-scores = Interest and influence

## The countdown timer (plenary)
timer-title = Timer
timer-label = What for
timer-default-label = Group work
timer-duration = How many minutes
timer-minutes = { $minutes } min
timer-start = Start
timer-stop = Stop
timer-remaining = { $time } left
timer-up = Time is up
timer-idle = No timer running
error-too_many_stakeholders = This group has { $max } stakeholders, the most a group may have. Delete some, or start a new workshop.
error-too_many_relationships = This group has { $max } relationships, the most a group may have. Delete some first.
error-changed_since = Cannot undo: another device has changed this field since
error-gone_since = Cannot undo: another device has deleted this since
error-too_many_edits = This workshop has had { $max } edits, the most one may have. Download workshop.json and restore it as a new workshop.
graph-pick-first = To add a relationship, tap two stakeholders on the graph
graph-pick-second = “{ $name }” picked: now tap the second stakeholder

## Exports: column headers of stakeholders.csv and relationships.csv
export-col-id = ID
export-col-group_id = Group ID
export-col-group = Group
export-col-name = Name
export-col-category = Category
export-col-level = Level
export-col-interest = Interest
export-col-influence = Influence
export-col-quadrant = Quadrant
export-col-attitude = Attitude
export-col-interests = Their interests
export-col-cooperation = Possible cooperation
export-col-notes = Notes
export-col-members = Merged entry IDs
export-col-n = Entries
export-col-from_id = From ID
export-col-from = From
export-col-to_id = To ID
export-col-to = To
export-col-kind = Kind
export-col-strength = Strength
export-col-direction = Direction
export-one-way = one-way
export-mutual = mutual
import-file = File
import-choose-file = Choose a file first.
import-problem = Line { $line }, column { $column }: { $message }
import-problem-line = Line { $line }: { $message }
import-removed = Removed an invisible, direction-changing or control character ({ $character }).
error-invalid_file = The file has problems; nothing was imported.
error-unreadable_file = This file cannot be read. Save it as CSV UTF-8 or XLSX and try again.
error-empty_file = The file has no stakeholders: the first row names the columns, each next row is one stakeholder.
error-too_many_rows = The file has too many rows: at most { $max } at once.
error-not_a_number = Write a whole number from { $min } to { $max }.
error-unknown_attitude = Write Supportive, Neutral, Opposed or Unknown, or leave it empty.
error-missing_column = There is no column «{ $header }».
error-json = The file is not valid JSON.
error-schema = This is not a stakemap workshop file, or it is from another version.
console-timer = Timer
console-timer-idle = not running
console-attitude = Attitude
console-links = Links
console-page-rows = { $from }–{ $to } of { $count }
console-page-previous = Previous page
console-page-next = Next page

## Error codes the server sends that the app had no words for (issue 14)
error-bad_scale = The scale's lowest score must be below its highest.
error-bad_edit_id = The app sent a change without a valid id. Reload the page.
error-wrong_workshop = This key belongs to another workshop. Open this workshop's own link.
error-forbidden = This link may not open this. Ask the moderator.
error-read_only = This link can only look: it cannot change anything.
error-revoked = The moderator has taken this link back, or disconnected this tablet. Changes not yet sent were not saved. Join again with your group's code.
error-joining_closed = Joining this group is closed. Ask the moderator.
error-admin_key = Creating a workshop on this server needs its admin key.
error-internal = Something went wrong on the server. Try again.
error-invalid_json = The server could not read the request. Reload the page.
error-content_type = The server could not read the request. Reload the page.
error-timer_stopped = The timer has already stopped.
error-idempotency_key_reused = This change was already sent with other contents. Reload the page.
error-method_not_allowed = The server does not do that. Reload the page.
error-not_websocket = This address is the live feed and needs a live connection. Reload the page.
error-invalid_query = The address has a mistake. Open the page again from the menu.
tab-all-maps = All maps
all-maps-hint = The moderator is showing every map to the groups. Here they can only be looked at.
