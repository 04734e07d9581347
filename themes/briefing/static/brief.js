/* brief.js — source previews for the built-in "briefing" theme: hovering, focusing
   or tapping a citation shows its reference (and the quoted passage, when the
   citation follows a verified quote) in place. Built from the page's own Sources
   list; without this script a citation is a plain link to that list. No library. */
(function () {
  "use strict";
  var doc = document;
  var CITE = "sup.citation a[role=doc-noteref]";

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

  // Below the citation, or above when it fits there and not below; when it fits on
  // neither side, on the roomier one with its height capped (it scrolls). Never
  // outside the viewport. Absolute, so nothing on the page moves.
  function place(link) {
    var vw = doc.documentElement.clientWidth;
    var vh = window.innerHeight;
    var m = 8;
    tip.style.maxWidth = Math.min(448, vw - 2 * m) + "px";
    tip.style.maxHeight = "";
    tip.style.left = "0px";
    tip.style.top = "0px";
    var r = link.getBoundingClientRect();
    var below = vh - r.bottom - 6 - m;
    var above = r.top - 6 - m;
    var h = tip.offsetHeight;
    var up = h > below && (h <= above || above > below);
    if (h > (up ? above : below)) {
      tip.style.maxHeight = Math.max(up ? above : below, 48) + "px";
      h = tip.offsetHeight;
    }
    var w = tip.offsetWidth;
    var left = Math.max(m, Math.min(r.left + r.width / 2 - w / 2, vw - w - m));
    var top = up ? r.top - 6 - h : r.bottom + 6;
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
    (doc.querySelector("main") || doc.body).appendChild(tip);

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

  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", initPreviews);
  else initPreviews();
})();
