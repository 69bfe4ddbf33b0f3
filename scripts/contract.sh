#!/usr/bin/env bash
# The API's contract, fuzzed: schemathesis (.tools/st, from scripts/setup.sh) against the
# release binary, started here on a free loopback port with a data folder in a temporary
# folder, and stopped by its PID. It makes a workshop of a room's size (six groups of 25
# stakeholders with long Russian names, and relationships), joins its first group as a tablet,
# then runs every operation of /api/v1/openapi.json twice —
# with the tablet's token, then with the moderator key: no 5xx, and every answer's status,
# content type, headers and JSON as the document says (scripts/schemathesis.toml).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
st="$root/.tools/st/bin/st"
[ -x "$st" ] || { echo "schemathesis is missing: run bash scripts/setup.sh" >&2; exit 1; }

say() { printf '[contract] %s\n' "$*"; }

# scripts/test.sh hands over the release binary it built (STAKEMAP_BIN); alone, this builds one.
bin="${STAKEMAP_BIN:-}"
if [ -z "$bin" ]; then
  say "building the release server"
  cargo build --release -p server --bin stakemap
  bin=target/release/stakemap
fi

tmp="$(mktemp -d)"
pid=""
stop() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap stop EXIT

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port/api/v1"
# Edits are not rate limited here: the fuzzer sends hundreds a minute with one key, and a 429
# would only hide what the call itself answers (the limit has its own tests).
"$bin" --data "$tmp/data" --addr "127.0.0.1:$port" \
  --edit-rate 100000 --edit-burst 100000 >"$tmp/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$tmp/server.log"; exit 1; }
  sleep 0.1
done

# One JSON call; prints the answer, fails on a status other than `want`.
api() {
  local want="$1" method="$2" path="$3" key="$4" body="${5:-}"
  local args=(-s -o "$tmp/answer" -w '%{http_code}' -X "$method" "$base$path")
  [ -n "$key" ] && args+=(-H "Authorization: Bearer $key")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data "$body")
  local status
  status="$(curl "${args[@]}")"
  if [ "$status" != "$want" ]; then
    echo "$method $path answered $status, not $want: $(cat "$tmp/answer")" >&2
    exit 1
  fi
  cat "$tmp/answer"
}
field() { python3 -c "import json, sys; print(eval('json.load(sys.stdin)' + sys.argv[1]))" "$1"; }

# A room's size: six groups of 25 stakeholders with long Russian names and relationships, so
# the pictures, measures and files the fuzzer asks for are drawn as a plenary would see them.
created="$(api 201 POST /workshops "" '{"title": "Доступ к правосудию: контракт", "date": "2022-07-18",
  "groups": ["Группа 1", "Группа 2", "Группа 3", "Группа 4", "Группа 5", "Группа 6"]}')"
workshop="$(field '["id"]' <<<"$created")"
moderator="$(field '["moderator_key"]' <<<"$created")"
group="$(field '["groups"][0]["id"]' <<<"$created")"
code="$(field '["groups"][0]["join_code"]' <<<"$created")"
token="$(api 200 POST /join "" "{\"code\": \"$code\"}" | field '["token"]')"
# Prints group 1's first stakeholder and first relationship, which the fuzzer changes.
seeded="$(python3 - "$base/workshops/$workshop" "$moderator" "$created" <<'PY'
import json, sys, urllib.request
url, key = sys.argv[1], sys.argv[2]
groups = [g["id"] for g in json.loads(sys.argv[3])["groups"]]
def post(what, body):
    request = urllib.request.Request(f"{url}/{what}", json.dumps(body).encode(), method="POST",
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)["id"]
bodies = ["Государственное агентство по делам местного самоуправления и межэтнических отношений",
          "Общественное объединение «Центр правовой помощи женщинам и детям Иссык-Кульской области»",
          "Айыл өкмөтү Тонского района", "Представительство Программы развития ООН в Кыргызстане",
          "Совет старейшин (аксакалов) села"]
categories = ["state", "civil_society", "state", "international", "informal"]
out = []
for g, group in enumerate(groups):
    ids = []
    for i in range(25):
        ids.append(post("stakeholders", {"group_id": group,
            "name": f"{bodies[i % 5]} №{i + 1}", "category": categories[i % 5],
            "level": ["national", "local"][i % 2], "interest": 1 + (i + g) % 5,
            "influence": 1 + (2 * i + g) % 5, "interests": "Доступ к правосудию для всех жителей"}))
    links = [post("relationships", {"from": ids[i], "to": ids[(i * 7 + 3) % 25],
        "kind": ["cooperation", "funding", "authority", "information", "conflict"][i % 5],
        "strength": 1 + i % 3}) for i in range(0, 25, 2) if (i * 7 + 3) % 25 != i]
    if g == 0:
        out = [ids[0], links[0]]
print(*out)
PY
)"
read -r first relationship <<<"$seeded"
export ST_WORKSHOP_ID="$workshop" ST_GROUP_ID="$group" ST_STAKEHOLDER_ID="$first" \
  ST_RELATIONSHIP_ID="$relationship"

# On Python 3.11 schemathesis' parallel workers can trip a CPython bug (setup.sh).
workers=2
"$root/.tools/st/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 12))' || workers=1
# Its example store and reports stay out of the checkout.
export HYPOTHESIS_STORAGE_DIRECTORY="$tmp/hypothesis"
cd "$tmp"
status=0
for who in tablet moderator; do
  key="$token"
  [ "$who" = moderator ] && key="$moderator"
  say "schemathesis with the $who's key ($workers workers)"
  "$st" --config-file "$root/scripts/schemathesis.toml" run "$base/openapi.json" \
    --workers "$workers" -H "Authorization: Bearer $key" --no-color || status=1
done
if [ "$status" != 0 ]; then
  say "the API broke its contract (above, each with a curl command to repeat it); the server's log:"
  tail -n 50 "$tmp/server.log"
fi
exit "$status"
