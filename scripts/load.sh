#!/usr/bin/env bash
# Load test of `brief serve` (loopback only): wrk at 50 connections for DURATION seconds
# (default 30) against the flagship site and a generated 1,000-brief corpus, while a
# second loop edits briefs and checks every response of pages that exist throughout:
# status 200, a whole document (ends in </html>), never a 404.
#
#   scripts/load.sh [DURATION]
#
# Needs wrk (Debian: apt-get install wrk), curl, python3.
set -euo pipefail
duration=${1:-30}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
bin="$root/target/release/brief"

start_serve() { # SITE → sets $url, $pid
    "$bin" serve --watch --port 0 --root "$1" >"$work/serve.log" 2>&1 &
    pid=$!
    for _ in $(seq 200); do
        url=$(grep -o 'serving at http://[^ ]*' "$work/serve.log" | head -1 | cut -d' ' -f3 || true)
        [ -n "$url" ] && curl -fs -o /dev/null "$url" && return 0
        sleep 0.05
    done
    echo "serve did not start:"; cat "$work/serve.log"; exit 1
}

run() { # NAME SITE PAGE EDIT-FILE
    local name=$1 site=$2 page=$3 file=$4
    start_serve "$site"
    local rss0; rss0=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
    # Editor + checker: rewrites $file (write beside, rename over) and fetches pages that
    # exist before and after, counting failures.
    (
        bad=0 n=0 i=0
        cp "$file" "$work/orig"
        end=$((SECONDS + duration))
        while [ $SECONDS -lt $end ]; do
            i=$((i + 1))
            { cat "$work/orig"; printf '\nEdited under load, round %s.\n' "$i"; } >"$file.tmp.$$"
            mv "$file.tmp.$$" "$file"
            for p in "" "$page" sources/; do
                n=$((n + 1))
                code=$(curl -s -o "$work/body" -w '%{http_code}' "$url$p" || echo 000)
                if [ "$code" != 200 ] || ! tail -c 200 "$work/body" | grep -q '</html>'; then
                    bad=$((bad + 1)); echo "  bad response: $p -> $code" >&2
                fi
            done
            sleep 0.2
        done
        cp "$work/orig" "$file"
        echo "$n $bad" >"$work/edits"
    ) &
    local editor=$!
    wrk -t2 -c50 -d"${duration}s" --latency "$url$page" >"$work/wrk.txt" 2>&1
    wait $editor
    local rps p99 errors non2xx checks bad rss1
    rps=$(awk '/Requests\/sec/{print $2}' "$work/wrk.txt")
    p99=$(awk '$1=="99%"{print $2}' "$work/wrk.txt")
    errors=$(grep -o 'Socket errors:.*' "$work/wrk.txt" || echo "Socket errors: none")
    non2xx=$(awk '/Non-2xx/{print $NF}' "$work/wrk.txt"); non2xx=${non2xx:-0}
    read -r checks bad <"$work/edits"
    rss1=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$name: ${rps} req/s, p99 ${p99}, non-2xx ${non2xx}, ${errors}; while editing: ${checks} checked responses, ${bad} bad; RSS ${rss0} -> ${rss1} kB"
}

# The flagship site (copied: the edits must not touch the repository).
mkdir -p "$work/flagship"
cp -r "$root/brief.yaml" "$root/content" "$root/seeds" "$work/flagship/"
[ -d "$root/static" ] && cp -r "$root/static" "$work/flagship/"
[ -d "$root/themes" ] && cp -r "$root/themes" "$work/flagship/"
run flagship "$work/flagship" overview/ "$work/flagship/content/timeline.md"

python3 "$root/../shared/bench/gen_corpus.py" --pages 1000 --out "$work/corpus" >/dev/null
first=$(cd "$work/corpus/brief/content" && find . -name '*.md' | sort | head -1 | sed 's|^\./||; s|\.md$||')
last=$(cd "$work/corpus/brief/content" && find . -name '*.md' | sort | tail -1)
run corpus-1000 "$work/corpus/brief" "$first/" "$work/corpus/brief/content/$last"
