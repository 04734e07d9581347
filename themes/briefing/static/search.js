/* search.js — the search page of the built-in "briefing" theme, on the index the build
   writes under search/ in Pagefind's design (src/search.rs; README, "The search
   index"): index.json, the manifest (counts, each term shard's first key and size in
   KiB, prefix_bytes, the stemmer); terms/N.json, sorted keys: word -> {s: stem}, stem
   -> {p: [doc delta, weight, …], f: its words}; docs/N.json, documents {url, title,
   kind, meta, text}, per_file[0] briefs a file, then per_file[1] source paragraphs;
   stemmer.js, the Snowball stemmer as a module. A query fetches the manifest, the
   shards its words fall in and the documents of the results it shows. Every word must
   match (`lookup`); a run of Han, Kana or Hangul of three characters or more is a
   phrase, checked in each result's document (`holds`). No library. */
(function () {
  "use strict";
  var doc = document;
  var PAGE = 10;
  // A run of letters, digits and marks; of those, the letters written without spaces.
  // The same classes and blocks as the build's (src/search.rs, `classify_char`, `CJK`).
  var WORD = /[\p{Alphabetic}\p{N}\p{M}]+/gu;
  var CJK = /[\u1100-\u11FF\u2E80-\u2FDF\u3005-\u3007\u3040-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFF66-\uFF9F\u{20000}-\u{3FFFF}]/u;
  var LONGEST_WORD = 40; // characters
  var PREFIX_STEMS = 30; // the most words a prefix stands for
  var own = Object.prototype.hasOwnProperty;

  // Calls each(word, start, end) for every word of `text` by the build's rule: a run of
  // letters, digits and marks, lowercased a character at a time ("İ" as "i"), in NFC,
  // of at most LONGEST_WORD characters; Han, Kana and Hangul, in NFC, as overlapping
  // pairs (a lone character alone; a run written decomposed is highlighted whole).
  // `runs`, if given, gets those runs of three characters or more: phrases (`holds`).
  function words(text, each, runs) {
    text.replace(WORD, function (run, at) {
      var chars = Array.from(run), starts = [], i = 0, pos = at;
      chars.forEach(function (c) { starts.push(pos); pos += c.length; });
      starts.push(pos);
      while (i < chars.length) {
        var cjk = CJK.test(chars[i]), j = i;
        while (j < chars.length && CJK.test(chars[j]) === cjk) j++;
        var w = chars.slice(i, j).join(""), nfc = w.normalize("NFC"), c = Array.from(nfc);
        if (cjk) {
          var same = nfc === w;
          if (c.length === 1) each(nfc, starts[i], starts[j]);
          for (var k = 0; k + 1 < c.length; k++) {
            each(c[k] + c[k + 1], same ? starts[i + k] : starts[i], same ? starts[i + k + 2] : starts[j]);
          }
          if (runs && c.length > 2 && runs.indexOf(nfc) < 0) runs.push(nfc);
        } else {
          w = chars.slice(i, j).map(function (c) { return c.toLowerCase(); }).join("")
            .replace(/i\u0307/g, "i").normalize("NFC");
          if (Array.from(w).length <= LONGEST_WORD) each(w, starts[i], starts[j]);
        }
        i = j;
      }
      return run;
    });
  }

  // Compares by code point, the order the build sorts keys in (UTF-8 byte order).
  function cmp(a, b) {
    var i = 0, j = 0;
    while (i < a.length && j < b.length) {
      var x = a.codePointAt(i), y = b.codePointAt(j);
      if (x !== y) return x < y ? -1 : 1;
      i += x > 0xffff ? 2 : 1;
      j += y > 0xffff ? 2 : 1;
    }
    return (a.length - i) - (b.length - j);
  }

  function initSearch() {
    var form = doc.getElementById("search-form");
    if (!form) return;
    var input = doc.getElementById("search-input");
    var status = doc.getElementById("search-status");
    var list = doc.getElementById("search-results");
    var more = doc.getElementById("search-more");
    var root = form.getAttribute("data-root") || "";
    var base = form.getAttribute("data-index").replace(/index\.json$/, "");
    var manifest = null;
    var stemmer = null;
    var shards = {};
    var docs = {};
    var shown = null; // the current query's ranked hits and how many are listed
    var serial = 0;
    form.hidden = false;

    function json(url) {
      return fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ": " + r.status);
        return r.json();
      });
    }

    function loadManifest() {
      if (!manifest) {
        manifest = json(form.getAttribute("data-index"));
        manifest.catch(function () { manifest = null; });
      }
      return manifest;
    }

    // The number of the shard whose keys include `key`: the last whose first key is not
    // after it (-1 when the index has no shards: a site with nothing to index).
    function shardNumber(m, key) {
      var lo = 0, hi = m.shards.length - 1, at = m.shards.length ? 0 : -1;
      while (lo <= hi) {
        var mid = (lo + hi) >> 1;
        if (cmp(m.shards[mid], key) <= 0) { at = mid; lo = mid + 1; } else hi = mid - 1;
      }
      return at;
    }

    function shard(at) {
      if (at < 0) return Promise.resolve({});
      if (!shards[at]) {
        shards[at] = json(base + "terms/" + at + ".json");
        shards[at].catch(function () { delete shards[at]; });
      }
      return shards[at];
    }

    function shardOf(m, key) { return shard(shardNumber(m, key)); }

    // What the index says of `key`, or null.
    function entry(m, key) {
      return shardOf(m, key).then(function (s) { return own.call(s, key) ? s[key] : null; });
    }

    // The stem of `word` by the index's stemmer (the word itself where the language has
    // none, or the stemmer cannot be loaded).
    function stemOf(m, word) {
      if (!m.stemmer) return Promise.resolve(word);
      if (!stemmer) {
        stemmer = import(new URL(base + m.stemmer, location.href).href);
        stemmer.catch(function () { stemmer = null; });
      }
      return stemmer.then(function (s) { return s.stem(word); }).catch(function () { return word; });
    }

    // The stems of up to PREFIX_STEMS keys that start with `prefix`, from its shard and,
    // when that has fewer, the next if its first key starts with it and the two fit in
    // the manifest's `prefix_bytes` (the bound on what a query transfers).
    function completions(m, prefix) {
      var stems = [], own = shardNumber(m, prefix);
      function scan(at) {
        return shard(at).then(function (s) {
          Object.keys(s).filter(function (k) { return k.lastIndexOf(prefix, 0) === 0; })
            .sort(cmp).forEach(function (k) {
              var stem = s[k].s || k;
              if (stems.length < PREFIX_STEMS && stems.indexOf(stem) < 0) stems.push(stem);
            });
          var next = at + 1;
          if (at === own && stems.length < PREFIX_STEMS && next < m.shards.length &&
              m.shards[next].lastIndexOf(prefix, 0) === 0 && within(m, at, next)) return scan(next);
          return stems;
        });
      }
      return scan(own);
    }

    function within(m, a, b) {
      if (!m.sizes || !m.prefix_bytes) return false;
      return (m.sizes[a] + m.sizes[b]) * 1024 <= m.prefix_bytes;
    }

    // Document `d`, from the documents file that holds it.
    function document_(m, d) {
      var per = m.per_file, k, at;
      if (d < m.briefs) {
        k = Math.floor(d / per[0]);
        at = d % per[0];
      } else {
        k = Math.ceil(m.briefs / per[0]) + Math.floor((d - m.briefs) / per[1]);
        at = (d - m.briefs) % per[1];
      }
      if (!docs[k]) {
        docs[k] = json(base + "docs/" + k + ".json");
        docs[k].catch(function () { delete docs[k]; });
      }
      return docs[k].then(function (file) { return file[at]; });
    }

    // Postings of `stem` ({doc: weight}) and the words that share it.
    function stemEntry(m, stem) {
      return entry(m, stem).then(function (e) {
        var weights = {};
        if (!e || !e.p) return { weights: weights, forms: [] };
        for (var i = 0, d = 0; i < e.p.length; i += 2) {
          d += e.p[i];
          weights[d] = e.p[i + 1];
        }
        return { weights: weights, forms: e.f || [] };
      });
    }

    // What one query word matches: {weights: {doc: weight}, forms: [words]}. A word the
    // index has matches through the stem the index gives it; the last word typed, the
    // words it starts (`completions`, from the shard already fetched); failing those,
    // a word matches through its own stem (the stemmer and its shard fetched only then).
    function lookup(m, word, last) {
      return entry(m, word).then(function (e) {
        if (e) return [e.s || word];
        return (last ? completions(m, word) : Promise.resolve([])).then(function (stems) {
          if (stems.length) return stems;
          return stemOf(m, word).then(function (stem) {
            if (stem === word) return [];
            return entry(m, stem).then(function (s) { return s && s.p ? [stem] : []; });
          });
        });
      }).then(function (stems) {
        return Promise.all(stems.map(function (s) { return stemEntry(m, s); }));
      }).then(function (entries) {
        var weights = {}, forms = [];
        entries.forEach(function (e) {
          Object.keys(e.weights).forEach(function (d) {
            weights[d] = Math.max(weights[d] || 0, e.weights[d]);
          });
          forms = forms.concat(e.forms);
        });
        return { weights: weights, forms: forms };
      });
    }

    function kindOf(m, d) { return d < m.briefs ? "briefs" : "sources"; }

    // Ranks the documents that match every word: the sum over words of the word's
    // inverse document frequency times its weight in the document (BM25).
    function rank(m, matches) {
      var n = m.briefs + m.sources;
      var score = null;
      matches.forEach(function (match) {
        var df = Object.keys(match.weights).length;
        var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        var next = {};
        Object.keys(match.weights).forEach(function (d) {
          if (score === null || d in score) next[d] = (score ? score[d] : 0) + idf * match.weights[d];
        });
        score = next;
      });
      return Object.keys(score || {}).map(Number).sort(function (a, b) {
        return score[b] - score[a] || a - b;
      });
    }

    // Appends `text` to `el`, each word that is one of `forms` in a <mark> (the pairs of
    // a run of Han or Kana that match, as one <mark> where they overlap).
    function marked(el, text, forms) {
      var spans = [];
      words(text, function (w, start, end) {
        if (forms.indexOf(w) < 0) return;
        var last = spans[spans.length - 1];
        if (last && start <= last[1]) last[1] = Math.max(last[1], end);
        else spans.push([start, end]);
      });
      var from = 0;
      spans.forEach(function (span) {
        el.appendChild(doc.createTextNode(text.slice(from, span[0])));
        var mk = doc.createElement("mark");
        mk.textContent = text.slice(span[0], span[1]);
        el.appendChild(mk);
        from = span[1];
      });
      el.appendChild(doc.createTextNode(text.slice(from)));
    }

    // About 30 words of `text` around its first matching word, or "" if none matches.
    function excerpt(text, forms) {
      var starts = [], first = -1;
      words(text, function (w, start) {
        if (first < 0 && forms.indexOf(w) >= 0) first = starts.length;
        starts.push(start);
      });
      if (first < 0) return "";
      var from = Math.max(0, first - 10), to = Math.min(starts.length, from + 32);
      var start = from === 0 ? 0 : starts[from];
      var end = to >= starts.length ? text.length : starts[to];
      return (start > 0 ? "… " : "") + text.slice(start, end).trim() + (end < text.length ? " …" : "");
    }

    function kindFilter() {
      var checked = form.querySelector("input[name=kind]:checked");
      return checked ? checked.value : "";
    }

    // Whether document `r` holds each phrase of `runs` as written (the index keeps no
    // positions: "東京" and "京都" apart are not "東京都"), in the fields indexed.
    function holds(r, runs) {
      var fields = r.kind === "Brief" ? [r.title, r.meta, r.text] : [r.text];
      var text = fields.join("\n").normalize("NFC");
      return runs.every(function (run) { return text.indexOf(run) >= 0; });
    }

    // Lists the next PAGE hits; with phrases, drops those whose document fails `holds`
    // (so a round may list fewer, and the count is "Up to" until all are checked).
    function showMore(m, query) {
      var filter = kindFilter();
      function kept() {
        return shown.hits.filter(function (d) { return !filter || kindOf(m, d) === filter; });
      }
      var batch = kept().slice(shown.listed, shown.listed + PAGE);
      var mine = serial;
      return Promise.all(batch.map(function (d) { return document_(m, d); })).then(function (found) {
        if (mine !== serial) return;
        var listed = 0;
        found.forEach(function (r, i) {
          if (shown.phrases.length && !holds(r, shown.phrases)) {
            shown.hits.splice(shown.hits.indexOf(batch[i]), 1);
            return;
          }
          listed++;
          var li = doc.createElement("li");
          var a = doc.createElement("a");
          a.href = root + r.url;
          a.className = "result-title";
          marked(a, r.title, shown.forms);
          var kind = doc.createElement("p");
          kind.className = "result-kind meta";
          kind.textContent = r.kind === "Source" ? "Source · " + r.meta : "Brief";
          var text = doc.createElement("p");
          text.className = "result-text";
          marked(text, excerpt(r.text, shown.forms) || excerpt(r.meta, shown.forms) ||
            (r.kind === "Brief" ? r.meta : "") || r.text.slice(0, 200), shown.forms);
          li.appendChild(a);
          li.appendChild(kind);
          li.appendChild(text);
          list.appendChild(li);
        });
        shown.listed += listed;
        if (listed < batch.length) counts(m);
        var hits = kept();
        var unchecked = shown.phrases.length && hits.length > shown.listed;
        more.hidden = shown.listed >= hits.length;
        status.textContent = hits.length
          ? (unchecked ? "Up to " : "") + hits.length + " result" + (hits.length === 1 ? "" : "s") +
            " for “" + query + "”" + (hits.length > shown.listed ? ", " + shown.listed + " shown" : "")
          : "Nothing found for “" + query + "”" + (filter ? " in " + filter : "") + ".";
      });
    }

    function search() {
      var query = input.value.trim();
      var terms = [], runs = [];
      words(query, function (w) { terms.push(w); }, runs);
      var mine = ++serial;
      list.textContent = "";
      more.hidden = true;
      if (!terms.length) {
        status.textContent = "";
        shown = null;
        counts(null);
        return;
      }
      status.textContent = "Searching…";
      loadManifest().then(function (m) {
        return Promise.all(terms.map(function (w, i) { return lookup(m, w, i === terms.length - 1); }))
          .then(function (matches) {
            if (mine !== serial) return;
            var forms = [];
            matches.forEach(function (x) { forms = forms.concat(x.forms); });
            shown = { hits: rank(m, matches), forms: forms, listed: 0, phrases: runs };
            counts(m);
            return showMore(m, query);
          });
      }).catch(function () {
        if (mine !== serial) return;
        status.textContent = "The search index could not be loaded" +
          (location.protocol === "file:" ? ": search works when the site is served over HTTP, not opened from disk." : ".");
      });
    }

    function counts(m) {
      var n = { briefs: 0, sources: 0 };
      if (m && shown) shown.hits.forEach(function (d) { n[kindOf(m, d)]++; });
      form.querySelectorAll(".kind-count").forEach(function (el) {
        el.textContent = m && shown ? "(" + n[el.getAttribute("data-kind")] + ")" : "";
      });
    }

    function remember() {
      var url = new URL(location.href);
      if (input.value.trim()) url.searchParams.set("q", input.value.trim());
      else url.searchParams.delete("q");
      if (kindFilter()) url.searchParams.set("kind", kindFilter());
      else url.searchParams.delete("kind");
      history.replaceState(null, "", url);
    }

    var debounce = 0;
    input.addEventListener("input", function () {
      clearTimeout(debounce);
      debounce = setTimeout(function () { remember(); search(); }, 150);
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      remember();
      search();
    });
    form.addEventListener("change", function (e) {
      if (e.target.name !== "kind") return;
      remember();
      if (!shown) return;
      serial++;
      list.textContent = "";
      shown.listed = 0;
      loadManifest().then(function (m) { return showMore(m, input.value.trim()); });
    });
    more.addEventListener("click", function () {
      loadManifest().then(function (m) { return showMore(m, input.value.trim()); });
    });
    var params = new URLSearchParams(location.search);
    var kind = form.querySelector("input[name=kind][value='" + (params.get("kind") || "").replace(/[^a-z]/g, "") + "']");
    if (kind) kind.checked = true;
    if (params.get("q")) {
      input.value = params.get("q");
      search();
    }
  }

  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", initSearch);
  else initSearch();
})();
