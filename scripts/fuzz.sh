#!/usr/bin/env bash
# Runs every cargo-fuzz target (or those named) for SECONDS each, one after another, on
# one core, after seeding the corpora from the flagship site. Prints executions and
# crashes per target; crash inputs land in fuzz/artifacts/<target>/.
#
#   scripts/fuzz.sh SECONDS [TARGET...]
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and a C++ compiler (g++ is enough);
# the nightly-only flags run on stable with RUSTC_BOOTSTRAP=1.
set -euo pipefail
seconds=${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/fuzz"
export RUSTC_BOOTSTRAP=1
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(frontmatter cite quote render figure capture)

cargo fuzz build -O -s none >&2

seed_corpora() {
    local c=corpus
    mkdir -p $c/frontmatter $c/cite $c/quote $c/render
    local f n=0
    for f in "$root"/content/*.md "$root"/seeds/*.md "$root"/brief.yaml; do
        [ -f "$f" ] || continue
        n=$((n + 1))
        cp "$f" "$c/frontmatter/site-$n"
        cp "$f" "$c/render/site-$n"
        # the body alone (after the front matter), for the render target's own front matter
        awk 'BEGIN{d=0} d>=2{print} /^---$/{d++}' "$f" > "$c/render/body-$n"
        # every citation bracket's inner text
        # (a file without a citation is no failure; awk, not head, takes the first 50, so
        # that grep never meets a broken pipe: pipefail would make either the script's exit)
        { grep -o '\[@[^]]*\]' "$f" 2>/dev/null || true; } | sed 's/^\[//; s/\]$//' | awk 'NR <= 50' |
            while IFS= read -r line; do
                printf '%s' "$line" > "$c/cite/$(printf '%s' "$line" | md5sum | cut -c1-12)"
            done
    done
    # quote: each brief paragraph with a quote, against each seed's text
    local brief seed i=0
    for brief in "$root"/content/*.md; do
        for seed in "$root"/seeds/*.md; do
            i=$((i + 1))
            { grep -m3 '“' "$brief" || true; printf '\0'; head -c 4000 "$seed"; } > "$c/quote/pair-$i"
        done
    done
    printf '%s' '@a, para. 4; -@b; see @c:d.' > $c/cite/hand-1
    printf 'It was “off the table.” \0“Off the table,” he said…' > $c/quote/hand-1
    printf -- '---\ntitle: x\n---\n' > $c/frontmatter/hand-1
    # render: cited, uncited, located, near-miss and own figures against the target's seeds
    cp "$root"/fuzz/seeds/render-* $c/render/
}
[ -d corpus/cite ] || seed_corpora

# figure: each paragraph of the flagship's briefs and seeds, and the written forms of the
# figure table's tests
seed_figures() {
    local c=corpus/figure f n=0
    mkdir -p $c
    for f in "$root"/content/*.md "$root"/seeds/*.md; do
        awk -v dir="$c" -v base="$(basename "$f" .md)" '
            /^$/ { if (p != "") { n++; printf "%s", p > (dir "/" base "-" n); close(dir "/" base "-" n) } p = ""; next }
            { p = (p == "" ? $0 : p "\n" $0) }
            END { if (p != "") { n++; printf "%s", p > (dir "/" base "-" n) } }' "$f"
    done
    # (awk, not head, takes the first 400: head would leave grep a broken pipe, which
    # pipefail turns into the script's exit)
    grep -o '("[^"]*"' "$root/src/figure/tests.rs" | sed 's/^("//; s/"$//' | awk 'NR <= 400' |
        while IFS= read -r line; do
            n=$((n + 1))
            printf '%s' "$line" > "$c/table-$n"
        done
}
[ -d corpus/figure ] || seed_figures

# capture: the extraction yardstick's real pages (../shared, when beside the repository),
# served (first byte 0) and saved (1); two hand-written bibliographies (2); a few metadata
# strings (3). Pages are whole: this target's inputs may be up to 256 KB (see max_len).
seed_capture() {
    local c=corpus/capture page n=0
    mkdir -p $c
    for page in "$root"/../shared/bench/extraction/html/*.html.gz; do
        [ -f "$page" ] || continue
        n=$((n + 1))
        { printf '\0'; gzip -dc "$page"; } > "$c/page-$n"
        if [ $((n % 4)) -eq 0 ]; then { printf '\1'; gzip -dc "$page"; } > "$c/saved-$n"; fi
    done
    printf '\2%s' '@string{t = "The Times"} @article{doe:2025/deal, author = {Doe, Jane and M{\"u}ller, J.}, title = {Minerals {Deal}}, journaltitle = t, date = {2025-03-01/2025-03-02}, url = {www.example.org/a}, doi = {10.1/x}, langid = {ngerman}} @book{b, title = {}, year = 1999, url = {ftp://x.example/b}}' > $c/bib-1
    printf '\2%s' '[{"id": "ft-2025", "title": "Pact", "container-title": "FT", "author": [{"family": "Doe", "given": "Jane"}, {"literal": "Staff"}], "issued": {"date-parts": [[2025, 2, 28]]}, "URL": "example.org/x", "language": "en_GB"}, {"id": 42, "issued": {"raw": "circa 1850"}, "DOI": "10.1/y"}]' > $c/csl-1
    printf '\3%s' '2025-02-25T10:00:00+02:00' > $c/meta-1
    printf '\3%s' 'Minerals deal | Example News' > $c/meta-2
    printf '\3%s' '../a/b?c#d' > $c/meta-3
}
[ -d corpus/capture ] || seed_capture

status=0
for t in "${targets[@]}"; do
    mkdir -p "artifacts/$t"
    log=$(mktemp)
    # -jobs=1 would fork a worker; running in the foreground keeps the stats on stderr.
    max_len=16384
    [ "$t" = capture ] && max_len=262144
    cargo fuzz run -O -s none "$t" "corpus/$t" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
        -print_final_stats=1 >"$log" 2>&1 || status=1
    # -a: the log holds the crashing input's bytes, which would make grep call it binary
    execs=$(grep -a -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    crashes=$(find "artifacts/$t" -type f | wc -l)
    cov=$(grep -a -o 'cov: [0-9]*' "$log" | tail -1 || true)
    echo "$t: ${execs} executions, ${cov:-cov: ?}, ${crashes} crash/hang artifacts in fuzz/artifacts/$t"
    grep -a -E 'panicked|ERROR: libFuzzer|Test unit written' "$log" | head -5 || true
    cp "$log" "artifacts/$t.last.log"
    rm -f "$log"
done
exit $status
