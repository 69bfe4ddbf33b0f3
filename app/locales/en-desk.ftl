# English: the words only the moderator's and analyst's pages (console, projector, presentation, report, trust,
# new workshop) and the server's own console use. Tablets never load them; the shared words are in en.ftl.
back = Back
demo-reset = Reset the demo
demo-reset-confirm = Put the demo back as it started? Everything entered in it since goes.

new-title = New workshop
field-title = Title
field-focal = Focal subject (what is being mapped)
field-question = Guiding question
field-date = Date
field-place = Place
field-language = Language of the workshop
created-title = The workshop is ready
created-key-warning = This moderator link holds the workshop's key and is shown only once. Copy it and keep it safe.
created-moderator-link = Moderator link
created-codes = Join codes for the groups
open-moderator = Open the moderator page

moderator-title = Moderator
moderator-no-key = This page needs the moderator link with its key.
grid-panels = Many stakeholders
grid-panels-auto = Automatic (by category from 40)
grid-panels-all = All in one
grid-panels-category = By category
moderator-grid = Influence and interest grid
grid-show = Show
grid-filter-category = Categories
grid-filter-level = Levels
grid-filter-all = All
projector-open = Project
download-png = Download PNG
download-svg = Download SVG

## The combined map (plenary)
report-comparison = What changed
console-history = History
history-heading = The workshop's history
history-help = Drag the slider or pick a round: the maps show as they were at that moment (read-only).
history-loading = Reading the history: { $read } of { $total } edits…
history-failed = The history could not be read. Check the connection and refresh.
history-file = Download { $file } as of this moment
history-refresh = Refresh
history-back = ← One edit back
history-on = One edit on →
history-slider = Moment
history-at = After { $n } edits · { $time }
history-start = The start: no edit yet
history-plenary = Plenary
rounds-heading = Rounds
rounds-name = Round name
rounds-name-example = e.g. Before the discussion
rounds-close = Close the round
rounds-none = No rounds yet. Close a round before the discussion: the maps of that moment are kept, and you can compare with them afterwards.
rounds-at = Map at
rounds-moves = What moved
rounds-new = new
rounds-gone = gone
rounds-loading = Loading the round's maps…
rounds-nothing-moved = Nobody moved.
rounds-place = interest { $interest }, influence { $influence }
rounds-col-group = Group
rounds-col-before = Before
rounds-col-after = After
combined-title = The groups' combined map
combined-suggestions = Probably the same stakeholder
combined-no-suggestions = No new matches
combined-merge = Merge
combined-reject = Not the same
combined-merge-selected = Merge the selected
combined-reason-same_name = same name
combined-reason-word_order = other word order
combined-reason-abbreviation = abbreviation
combined-reason-transliteration = Latin and Cyrillic
combined-reason-near_spelling = similar spelling
present-open = Presentation
present-join = Join: point your camera at your group's code
present-join-local = This address opens on this computer only. Open stakemap by the computer's network address (for example http://192.168.1.20:3000) so that tablets can join.
present-table-page = { $title } — table ({ $page }/{ $pages })
export-files = Files for analysis

## Imports (moderator page, new workshop page) and their problems
import-title = Import stakeholders from a file
import-hint = A table: the first row names the columns (Name, Category, Level, Interest, Influence; optionally Attitude, Their interests, Possible cooperation, Notes), then one row per stakeholder. CSV or XLSX; a stakeholders.csv exported from stakemap works too. If anything in the file is wrong, nothing is added.
import-group = Into the group
import-submit = Import
import-busy = Importing…
import-template = Template
import-added = Added { $count } stakeholders.
import-warnings = The file was imported; some cells had characters removed:
restore-title = Restore a workshop from workshop.json
restore-hint = A workshop.json exported from stakemap becomes a new workshop with everything in it: groups, stakeholders, relationships and the plenary's merges. It gets a new moderator link and new join codes.
restore-submit = Restore

## The printable report (/moderator/:id/report)
report-open = Report (print / PDF)
report-title = Report
report-print = Print / Save as PDF
report-focal = Focal subject
report-made = Report made
report-stakeholders = Stakeholders
report-relationships = Relationships
report-graph = Relationship graph
report-worksheet = Worksheet
report-none = No stakeholders.

# Moderator console
console-sections = Moderator page sections
console-groups = Groups
console-pictures = Grid and graph
console-combined = Combined map
console-import = Import
console-files = Files
console-worksheet = Worksheet

# Who may see and do what (issue 15)
console-access = Access
access-sharing = What the groups see
share-maps-on = The groups see every map and the combined map (read-only).
share-maps-off = Each group sees only its own map.
share-maps = Show every map to the groups
share-maps-stop = Hide the other maps from the groups
access-codes = Group codes and tablets
access-codes-hint = A closed code lets no new tablet in; those already in stay. A new code replaces the old one. A disconnected tablet loses access at once.
refresh = Refresh
tablets-none = No tablet has joined yet.
new-code-confirm = Give the group a new code? The old one stops working; tablets already in stay in.
joining-open = joining open
joining-closed = joining closed
joining-close = Close joining
joining-reopen = Open joining
new-code = New code
tablet-disconnect-confirm = Disconnect this tablet? Its unsent changes will not be saved; to come back, the group joins again with its code.
tablet-row = Tablet { $n }: joined at { $joined }, last seen at { $seen }
tablet-disconnect = Disconnect
role-analyst = Analyst
role-viewer = Viewer
links-title = Links for analysts and viewers
links-hint = An analyst sees everything and downloads every file, but changes nothing. A viewer (a projector, an observer) sees the maps and the presentation, without files.
link-role = For whom
link-label = Label (who it is for)
link-make = Make a link
link-made = Link made. Copy it now: it will not be shown again.
links-none = No links yet.
link-row = { $label } · { $role } · made at { $created }
link-revoke = Revoke
link-revoke-confirm = Revoke this link? Pages opened with it lose access at once.
admin-key = The server's admin key
admin-key-hint = This server creates workshops only with its admin key. Whoever started the server knows it; this computer will remember it.
analyst-title = Analysis
analyst-read-only = A read-only link: look at the maps and download the files here; nothing can be changed.

## Trusting the server's certificate (/trust)
trust-title = Trust this server
trust-intro = This server speaks https with a certificate authority of its own. Install its certificate once on each tablet or laptop: pages then open without a warning and keep working while the Wi-Fi is down.
trust-download = Download the certificate (stakemap-ca.crt)
trust-android-title = Android
trust-android = Download the certificate with the button above and open the file.
    If nothing happens: Settings → Security → Encryption & credentials → Install a certificate → CA certificate.
    Choose stakemap-ca.crt and confirm.
trust-ipad-title = iPad and iPhone
trust-ipad = Open this page in Safari and tap the button above; allow the download.
    Settings → Profile Downloaded → Install.
    Settings → General → About → Certificate Trust Settings → switch on “stakemap local authority”.
trust-windows-title = Windows
trust-windows = Download the certificate and open stakemap-ca.crt → Install Certificate.
    Current User → Place all certificates in the following store: Trusted Root Certification Authorities.
    Finish → Yes. Restart the browser.
trust-no-authority = If the certificate does not download, this server runs without an authority of its own: ask the moderator to start it with --tls-self-signed.
home-addresses-title = Addresses for tablets
home-addresses-hint = Tablets on the same Wi-Fi open one of these addresses, or scan its QR code.

export-sheet-stakeholders = Stakeholders
export-sheet-relationships = Relationships
export-sheet-combined = Combined map
export-sheet-measures = Network measures
import-template-lists = Lists

## The console of a server started for a room (server/src/room.rs)
console-started = stakemap is running. On this computer: { $url }
console-data = The workshops' data is kept in: { $folder }
console-addresses = Tablets on the same Wi-Fi open one of these addresses (or scan its QR code):
console-local-only = The server can be reached from this computer only. To connect tablets, start it without --addr, or with --addr 0.0.0.0:3000.
console-no-network = This computer is not on a network: join the room's Wi-Fi, and the addresses for tablets appear on the home page.
console-firewall = If tablets cannot open an address, let the firewall accept incoming connections on TCP port { $port } (for example: sudo ufw allow { $port }/tcp).
console-firewall-windows = Windows may ask whether stakemap may use the network: allow it on private networks, or tablets cannot connect (TCP port { $port }).
console-stop = To stop the server, press Ctrl+C or close this window: everything saved stays.
console-failed = stakemap could not start: { $error }
console-press-enter = Press Enter to close this window.
console-stopped = stakemap stopped; every change is written.
console-migrate-workshop = { $n }/{ $count }: «{ $title }», { $edits } edits
console-migrate-set-aside = Not copied (cannot be read): { $workshop }: { $reason }
console-migrate-done = Copied { $workshops } workshops with { $edits } edits, { $keys } keys and { $grants } links and tablets into { $to }.
console-migrate-failed = The migration failed: { $error }. The source is unchanged; empty the target store before trying again.
baselines-heading = Baseline: compare with an earlier mapping
baselines-hint = Attach an earlier workshop's workshop.json (last year's map, say): its combined map is kept as the baseline. Then confirm who is who.
baselines-file = workshop.json file
baselines-name = Baseline's name
baselines-name-example = Map 2022
baselines-attach = Attach
baselines-attaching = Attaching…
baselines-detach = Detach
baselines-proposed = Proposed matches ({ $count })
baselines-confirm = Confirm
baselines-confirm-all = Confirm all ({ $count })
baselines-matched = Matched: { $matched } of { $actors }
baselines-unmatch = Unmatch
baselines-none-proposed = Nothing more to propose.
baselines-grid = Combined map: { $name } → now
baselines-comparison-file = Comparison (CSV)
export-sheet-comparison = Comparison
comparison-then-name = Name in the baseline
comparison-then-groups = Groups in the baseline
comparison-then-interest = Interest in the baseline
comparison-then-influence = Influence in the baseline
comparison-then-quadrant = Quadrant in the baseline
comparison-distance = Moved by
comparison-change = What changed
comparison-quadrant-changed = changed quadrant
comparison-new = new
comparison-unmatched = not on the map now
comparison-moved = moved
comparison-same = same place
report-baseline-heading = Compared with the baseline “{ $name }”
baselines-compare = Compare the combined map with a baseline
baselines-held = Or one of your workshops on this server:
baselines-by-hand = Match by hand
baselines-by-hand-hint = Pick an actor of the baseline, then one on the map now.
baselines-then = In the baseline
baselines-now = On the map now
baselines-match = Match
baselines-matched-pairs = Matched pairs ({ $count })

# Refusals only the desk meets (`ErrorCode::DESK_ONLY`): a tablet never fetches these.
error-merge_size = Choose from 2 to { $max } stakeholders
error-already_merged = These stakeholders are already merged
error-duplicate_merge_id = This merge already exists
error-unknown_merge = There is no such merge
error-timer_length = A timer runs from 1 second to 4 hours
error-too_many_merges = The plenary has { $max } merges and rejections, the most a workshop may have.
error-too_many_rounds = This workshop has { $max } rounds, the most one may have.
error-unknown_baseline = There is no such baseline.
error-duplicate_baseline = A baseline with this id already exists.
error-already_matched = This actor is already matched with another of the baseline's.
error-too_many_baselines = This workshop has { $max } baselines, the most one may have.
error-too_many_baseline_actors = A baseline holds at most { $max } actors.
