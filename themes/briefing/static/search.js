/* search.js — the search page of the built-in "briefing" theme: fetches the
   search.json the build writes and lists the briefs and source paragraphs that
   contain every word typed, with the words highlighted. No library. */
(function () {
  "use strict";
  var doc = document;

  function initSearch() {
    var form = doc.getElementById("search-form");
    if (!form) return;
    var input = doc.getElementById("search-input");
    var status = doc.getElementById("search-status");
    var list = doc.getElementById("search-results");
    var root = form.getAttribute("data-root") || "";
    var index = null;
    var docs = [];
    form.hidden = false;

    function fold(s) {
      return s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
    }

    function json(url) {
      return fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ": " + r.status);
        return r.json();
      });
    }

    // search.json lists the briefs itself ("briefs") or names the files that hold
    // them ("chunks", paths from the site root); both are read.
    function load() {
      if (index) return index;
      index = json(form.getAttribute("data-index")).then(function (data) {
        var chunks = (data.chunks || []).map(function (c) { return json(root + c); });
        return Promise.all(chunks).then(function (lists) {
          lists.concat([data.briefs || []]).forEach(function (list) {
            list.forEach(function (b) {
              docs.push({ title: b.title, kind: "Brief", href: b.href, head: b.summary || "", text: b.text || "" });
            });
          });
          (data.seeds || []).forEach(function (s) {
            (s.paragraphs || []).forEach(function (p, i) {
              var n = /^p(\d+)$/.exec(p.id);
              docs.push({
                title: s.title, kind: "Source" + (s.outlet ? " · " + s.outlet : "") + ", para. " + (n ? n[1] : i + 1),
                href: s.href + "#" + p.id, head: "", text: p.text, seed: s.href
              });
            });
          });
        });
      });
      index.catch(function () { index = null; });
      return index;
    }

    // Appends `text` to `el`, wrapping each occurrence of a term in <mark>.
    function marked(el, text, terms) {
      var low = fold(text);
      var i = 0;
      while (i < text.length) {
        var at = -1;
        var len = 0;
        terms.forEach(function (t) {
          var j = low.indexOf(t, i);
          if (j >= 0 && (at < 0 || j < at)) { at = j; len = t.length; }
        });
        if (at < 0) break;
        el.appendChild(doc.createTextNode(text.slice(i, at)));
        var m = doc.createElement("mark");
        m.textContent = text.slice(at, at + len);
        el.appendChild(m);
        i = at + len;
      }
      el.appendChild(doc.createTextNode(text.slice(i)));
    }

    // About 200 characters of `text` around the first match.
    function excerpt(text, terms) {
      var low = fold(text);
      var at = text.length;
      terms.forEach(function (t) {
        var j = low.indexOf(t);
        if (j >= 0 && j < at) at = j;
      });
      if (text.length <= 220) return text;
      var start = Math.max(0, at - 80);
      if (start > 0) start = text.indexOf(" ", start) + 1 || start;
      var end = Math.min(text.length, start + 200);
      if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
      return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
    }

    function run() {
      var q = input.value.trim();
      var terms = fold(q).split(/\s+/).filter(Boolean);
      list.textContent = "";
      if (!terms.length) {
        status.textContent = "";
        return;
      }
      var hits = [];
      var perSeed = {};
      docs.forEach(function (d) {
        var hay = fold(d.title + " " + d.head + " " + d.text);
        var score = 0;
        for (var k = 0; k < terms.length; k++) {
          if (hay.indexOf(terms[k]) < 0) return;
          if (fold(d.title).indexOf(terms[k]) >= 0) score += 3;
          score += hay.split(terms[k]).length - 1;
        }
        hits.push({ d: d, score: d.kind === "Brief" ? score * 2 : score });
      });
      hits.sort(function (a, b) { return b.score - a.score; });
      hits = hits.filter(function (h) {
        if (!h.d.seed) return true;
        perSeed[h.d.seed] = (perSeed[h.d.seed] || 0) + 1;
        return perSeed[h.d.seed] <= 3;
      }).slice(0, 40);
      hits.forEach(function (h) {
        var li = doc.createElement("li");
        var a = doc.createElement("a");
        a.href = root + h.d.href;
        a.className = "result-title";
        marked(a, h.d.title, terms);
        var kind = doc.createElement("p");
        kind.className = "result-kind meta";
        kind.textContent = h.d.kind;
        var text = doc.createElement("p");
        text.className = "result-text";
        var body = h.d.text;
        var inText = terms.some(function (t) { return fold(body).indexOf(t) >= 0; });
        marked(text, excerpt(inText || !h.d.head ? body : h.d.head, terms), terms);
        li.appendChild(a);
        li.appendChild(kind);
        li.appendChild(text);
        list.appendChild(li);
      });
      status.textContent = hits.length
        ? hits.length + (hits.length === 40 ? "+" : "") + " result" + (hits.length === 1 ? "" : "s") + " for “" + q + "”"
        : "Nothing found for “" + q + "”.";
    }

    function search() {
      load().then(run, function () {
        status.textContent = "The search index could not be loaded" +
          (location.protocol === "file:" ? ": search works when the site is served over HTTP, not opened from disk." : ".");
      });
    }

    var debounce = 0;
    input.addEventListener("input", function () {
      clearTimeout(debounce);
      debounce = setTimeout(function () {
        var url = new URL(location.href);
        if (input.value.trim()) url.searchParams.set("q", input.value.trim());
        else url.searchParams.delete("q");
        history.replaceState(null, "", url);
        search();
      }, 150);
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      search();
    });
    var q = new URLSearchParams(location.search).get("q");
    if (q) {
      input.value = q;
      search();
    }
  }

  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", initSearch);
  else initSearch();
})();
