/* SafeRoll search: the combobox in the header and the results page (search.html?q=…). The engine
   (js/search-engine.js) and the index (search-index.js) are scripts added on the first focus of a search
   box, so a page that never searches loads neither; this works from file://, under a sub-path and from
   the zip. Plain script, no modules. */
(function () {
  "use strict";
  var doc = document, root = doc.documentElement.getAttribute("data-root") || "";
  var engine = null, loading = false, waiting = [];

  function script(src, then) {
    var s = doc.createElement("script");
    s.src = root + src;
    s.onload = then;
    s.onerror = function () { loading = false; announce("Search could not load."); };
    doc.head.appendChild(s);
  }
  function load(then) {
    if (engine) { then(); return; }
    waiting.push(then);
    if (loading) return;
    loading = true;
    script("js/search-engine.js", function () {
      script("search-index.js", function () {
        engine = window.SafeRollEngine(window.SAFEROLL_SEARCH, root);
        waiting.splice(0).forEach(function (f) { f(); });
      });
    });
  }
  function query(q) { return engine.query(q); }
  function describe(i, terms) { return engine.describe(i, terms); }
  function hintHtml(hints) { return engine.hintHtml(hints); }
  function esc(s) { return engine.esc(s); }

  /* ---- The drop-down: an ARIA combobox with a listbox of the top hits. ---- */
  var TOP = 6;
  var input = doc.getElementById("q"), popup = doc.getElementById("search-results"), list = doc.getElementById("search-listbox"),
    extra = doc.getElementById("search-extra"), status = doc.getElementById("search-status"), active = -1;

  function announce(text) { if (status) status.textContent = text; }
  function options() { return list ? [].slice.call(list.querySelectorAll("[role=option]")) : []; }
  function open(show) {
    popup.hidden = !show;
    input.setAttribute("aria-expanded", String(show));
    if (!show) select(-1);
  }
  function select(i) {
    var opts = options();
    active = opts.length ? i : -1;
    opts.forEach(function (o, k) { o.setAttribute("aria-selected", String(k === active)); });
    if (active >= 0) { input.setAttribute("aria-activedescendant", opts[active].id); opts[active].scrollIntoView({ block: "nearest" }); }
    else input.removeAttribute("aria-activedescendant");
  }
  function allUrl(q) { return root + "search.html?q=" + encodeURIComponent(q); }
  function suggest() {
    var q = input.value.trim();
    if (!q) { list.innerHTML = ""; extra.innerHTML = ""; open(false); announce(""); return; }
    load(function () {
      if (input.value.trim() !== q) return;
      var r = query(q), shown = r.hits.slice(0, TOP);
      list.innerHTML = shown.map(function (i, k) {
        var d = describe(i, r.terms);
        return '<li role="option" id="search-option-' + k + '" aria-selected="false" data-href="' + esc(root + d.uri) + '">'
          + '<span class="search-title">' + d.title + (d.heading ? " › " + d.heading : "") + "</span>"
          + "<small>" + d.kind + " · " + d.snippet + "</small></li>";
      }).join("");
      extra.innerHTML = hintHtml(r.hints) + (r.hits.length
        ? '<p class="search-all"><a href="' + esc(allUrl(q)) + '">All ' + r.hits.length + (r.hits.length === 1 ? " result" : " results") + "</a></p>"
        : "<p>No pages match “" + esc(q) + "”.</p>");
      list.setAttribute("data-query", q); // lets tests wait for the answer to what they typed
      select(-1);
      open(true);
      announce(r.hits.length ? r.hits.length + (r.hits.length === 1 ? " result" : " results") + (r.hits.length > TOP ? ", top " + TOP + " shown" : "")
        + ". Up and down arrows choose, Enter opens." : "No results.");
    });
  }
  if (input && popup && list) {
    input.addEventListener("focus", function () { load(function () { if (input.value.trim()) suggest(); }); });
    input.addEventListener("input", suggest);
    input.addEventListener("keydown", function (e) {
      var n = options().length;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        if (popup.hidden) { if (n) open(true); return; }
        if (n) select(e.key === "ArrowDown" ? (active + 1) % n : (active <= 0 ? n - 1 : active - 1));
      } else if (e.key === "Enter" && active >= 0 && !popup.hidden) {
        e.preventDefault();
        location.href = options()[active].getAttribute("data-href");
      } else if (e.key === "Escape") {
        if (!popup.hidden) { e.preventDefault(); open(false); } else { input.value = ""; suggest(); }
      }
      /* Enter with nothing chosen submits the form: the results page lists every hit. */
    });
    list.addEventListener("mousedown", function (e) { e.preventDefault(); }); // keep focus in the box
    list.addEventListener("click", function (e) {
      var o = e.target.closest("[role=option]");
      if (o) location.href = o.getAttribute("data-href");
    });
    doc.addEventListener("click", function (e) { if (!e.target.closest(".search")) open(false); });
  }

  /* ---- The results page (search.html?q=…): every hit, each with its best sections. ---- */
  var page = doc.getElementById("search-page-results"), field = doc.getElementById("search-page-q"),
    pageStatus = doc.getElementById("search-page-status");
  function showAll() {
    var q = field.value.trim();
    if (!q) { page.innerHTML = ""; pageStatus.textContent = "Type what you are looking for."; return; }
    var r = query(q);
    pageStatus.textContent = r.hits.length ? r.hits.length + (r.hits.length === 1 ? " page matches" : " pages match") + " “" + q + "”."
      : "No pages match “" + q + "”. Try fewer or other words.";
    page.innerHTML = hintHtml(r.hints) + (r.hits.length ? '<ol class="search-hits">' + r.hits.map(function (i) {
      var d = describe(i, r.terms);
      return '<li><a href="' + esc(root + d.uri) + '">' + d.title + (d.heading ? " › " + d.heading : "") + "</a>"
        + '<span class="note">' + d.kind + "</span><p>" + d.snippet + "</p></li>";
    }).join("") + "</ol>" : "");
    page.setAttribute("data-query", q);
  }
  if (page && field) {
    field.value = new URLSearchParams(location.search).get("q") || "";
    pageStatus.textContent = "Loading the search index…";
    load(showAll);
    field.addEventListener("input", function () { load(showAll); });
  }

  /** For the benchmark and tests: the ranked page URIs for a query, once the index is loaded. */
  window.SafeRollSearch = { load: load, ids: function (q) { return query(q).hits.map(engine.uri); } };
})();
