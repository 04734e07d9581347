/* brief.js — progressive enhancement for the built-in "briefing" theme.
   1. Source previews: hovering, focusing or tapping a citation shows its reference
      (and the quoted passage, when the citation follows a verified quote) in place.
      Built from the page's own Sources list; without this script the citation is a
      plain link to that list.
   2. Search: on the search page, fetches search.json and lists matches.
   No library, no build step. */
(function () {
  "use strict";
  var doc = document;
  var CITE = "sup.citation a[role=doc-noteref]";

  /* ---- 1. Source previews ------------------------------------------------ */

  var tip = null; // the one preview element, created on first use
  var owner = null; // the citation it belongs to
  var dialog = false; // opened by a tap: a non-modal dialog with a close button
  var timer = 0;
  var pointer = "mouse"; // type of the last pointerdown
  var dismissed = null; // the citation whose preview Esc closed, until left

  function citation(node) {
    return node && node.closest ? node.closest(CITE) : null;
  }

  // Letters and digits only, lowercased: how the build compares quotes, roughly.
  function norm(s) {
    return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  // The quote of `entry`'s source that ends in the text just before this citation
  // (since the previous citation in the same block), or null.
  function quoteFor(link, entry) {
    var items = entry.querySelectorAll(".ref-quotes li");
    if (!items.length) return null;
    var sup = link.closest("sup");
    var block = sup.parentNode.closest("p, li, td, th, dd, blockquote") || sup.parentNode;
    var range = doc.createRange();
    range.selectNodeContents(block);
    block.querySelectorAll("sup.citation").forEach(function (s) {
      if (s !== sup && s.compareDocumentPosition(sup) & Node.DOCUMENT_POSITION_FOLLOWING) {
        range.setStartAfter(s);
      }
    });
    range.setEndBefore(sup);
    var before = range.cloneContents();
    before.querySelectorAll("sup").forEach(function (s) { s.remove(); });
    before = norm(before.textContent);
    var best = null;
    var bestAt = -1;
    items.forEach(function (li) {
      var q = li.querySelector("q");
      if (!q) return;
      // Omissions (… or ...) and the truncation mark split the quote; match its longest part.
      var part = q.textContent.split(/…|\.\.\./).map(norm)
        .sort(function (a, b) { return b.length - a.length; })[0];
      var at = part ? before.lastIndexOf(part) : -1;
      if (at > bestAt) { best = li; bestAt = at; }
    });
    return best;
  }

  function fill(link) {
    var entry = doc.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!entry) return false;
    tip.textContent = "";
    var head = doc.createElement("p");
    head.className = "preview-head";
    head.textContent = "Source " + (entry.getAttribute("value") || link.textContent);
    var back = entry.querySelector('a[href="#' + link.id + '"]');
    var locator = back && back.parentNode.querySelector(".locator");
    if (locator) head.textContent += ", " + locator.textContent.replace(/^\(|\)$/g, "");
    tip.appendChild(head);
    var ref = entry.querySelector(".reference");
    if (ref) tip.appendChild(ref.cloneNode(true));
    var quote = quoteFor(link, entry);
    if (quote) {
      var p = doc.createElement("p");
      p.className = "preview-quote";
      quote.childNodes.forEach(function (n) { p.appendChild(n.cloneNode(true)); });
      tip.appendChild(p);
    }
    var links = entry.querySelector(".ref-links");
    if (links) tip.appendChild(links.cloneNode(true));
    if (dialog) {
      var more = doc.createElement("p");
      more.className = "preview-more";
      var go = doc.createElement("a");
      go.href = link.hash;
      go.textContent = "Go to source " + head.textContent.replace(/^Source /, "").replace(/,.*/, "") + " in the list";
      go.addEventListener("click", function () { hide(); });
      more.appendChild(go);
      tip.appendChild(more);
      var close = doc.createElement("button");
      close.type = "button";
      close.className = "preview-close";
      close.setAttribute("aria-label", "Close");
      close.textContent = "×";
      close.addEventListener("click", function () { hide(true); });
      tip.insertBefore(close, tip.firstChild);
    }
    return true;
  }

  // Below the citation, or above when it fits there and not below; never outside the
  // viewport horizontally. Absolute, so nothing on the page moves.
  function place(link) {
    var vw = doc.documentElement.clientWidth;
    var vh = window.innerHeight;
    var m = 8;
    tip.style.maxWidth = Math.min(448, vw - 2 * m) + "px";
    tip.style.left = "0px";
    tip.style.top = "0px";
    var r = link.getBoundingClientRect();
    var w = tip.offsetWidth;
    var h = tip.offsetHeight;
    var left = Math.max(m, Math.min(r.left + r.width / 2 - w / 2, vw - w - m));
    var top = r.bottom + 6;
    if (top + h > vh - m && r.top - 6 - h >= m) top = r.top - 6 - h;
    tip.style.left = left + window.scrollX + "px";
    tip.style.top = top + window.scrollY + "px";
  }

  function show(link, asDialog) {
    clearTimeout(timer);
    if (owner === link && dialog === asDialog && !tip.hidden) return;
    if (owner && owner !== link) owner.removeAttribute("aria-describedby");
    dialog = asDialog;
    owner = link;
    if (!fill(link)) return hide();
    if (dialog) {
      tip.setAttribute("role", "dialog");
      tip.setAttribute("aria-label", "Source " + link.textContent);
      tip.tabIndex = -1;
      link.removeAttribute("aria-describedby");
    } else {
      tip.setAttribute("role", "tooltip");
      tip.removeAttribute("aria-label");
      tip.removeAttribute("tabindex");
      link.setAttribute("aria-describedby", tip.id);
    }
    tip.hidden = false;
    place(link);
    if (dialog) tip.focus();
  }

  function hide(refocus) {
    clearTimeout(timer);
    if (!tip || tip.hidden) return;
    var link = owner;
    var wasDialog = dialog;
    tip.hidden = true;
    owner = null;
    dialog = false;
    if (link) {
      link.removeAttribute("aria-describedby");
      if (refocus && wasDialog) link.focus({ preventScroll: true });
    }
  }

  function later(fn, ms) {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  }

  function initPreviews() {
    if (!doc.querySelector(CITE)) return;
    tip = doc.createElement("div");
    tip.id = "brief-preview";
    tip.className = "preview";
    tip.hidden = true;
    doc.body.appendChild(tip);

    doc.addEventListener("pointerdown", function (e) {
      pointer = e.pointerType || "mouse";
      if (tip.hidden || tip.contains(e.target) || citation(e.target)) return;
      hide();
    }, true);
    doc.addEventListener("pointerover", function (e) {
      if (e.pointerType === "touch") return;
      var link = citation(e.target);
      if (link) {
        if (dismissed === link) return;
        if (!dialog) later(function () { show(link, false); }, owner ? 0 : 100);
      } else if (tip.contains(e.target)) {
        clearTimeout(timer);
      }
    });
    doc.addEventListener("pointerout", function (e) {
      if (e.pointerType === "touch") return;
      var from = citation(e.target) || (tip.contains(e.target) ? tip : null);
      if (!from || (e.relatedTarget && from.contains(e.relatedTarget))) return;
      if (from !== tip) dismissed = null;
      if (!dialog && !(owner && owner === doc.activeElement)) later(hide, 300);
    });
    doc.addEventListener("focusin", function (e) {
      var link = citation(e.target);
      if (link && pointer !== "touch" && dismissed !== link) show(link, false);
      else if (!link && !tip.contains(e.target) && !tip.hidden) hide();
    });
    doc.addEventListener("focusout", function (e) {
      if (citation(e.target) && !dialog) {
        dismissed = null;
        later(hide, 150);
      }
    });
    doc.addEventListener("click", function (e) {
      var link = citation(e.target);
      if (!link) return;
      // A tap opens the preview; a second tap on the same citation follows the link.
      if (pointer === "touch" || pointer === "pen") {
        if (owner === link && dialog) return hide();
        e.preventDefault();
        show(link, true);
      } else {
        hide();
      }
    });
    doc.addEventListener("keydown", function (e) {
      pointer = "keyboard";
      if (e.key !== "Escape" || tip.hidden) return;
      dismissed = owner;
      hide(true);
    });
    window.addEventListener("resize", function () { hide(); });
  }

  /* ---- 2. Search ---------------------------------------------------------- */

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

    function load() {
      if (index) return index;
      index = fetch(form.getAttribute("data-index"))
        .then(function (r) {
          if (!r.ok) throw new Error(r.status);
          return r.json();
        })
        .then(function (data) {
          (data.briefs || []).forEach(function (b) {
            docs.push({ title: b.title, kind: "Brief", href: b.href, head: b.summary || "", text: b.text || "" });
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

  function init() {
    initPreviews();
    initSearch();
  }
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", init);
  else init();
})();
