/* SafeRoll: theme toggle, offline search and the routine player. Plain script, no modules, so it runs from file://. */
(function () {
  "use strict";
  var doc = document, root = doc.documentElement.getAttribute("data-root") || "";

  /* Theme: follows the system until the reader chooses, then remembers the choice. */
  var toggle = doc.querySelector(".theme-toggle");
  function isDark() {
    var t = doc.documentElement.dataset.theme;
    return t ? t === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
  }
  function showTheme() { if (toggle) toggle.setAttribute("aria-pressed", String(isDark())); }
  if (toggle) {
    showTheme();
    toggle.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      doc.documentElement.dataset.theme = next;
      try { localStorage.setItem("saferoll-theme", next); } catch (e) { /* storage off: still switch */ }
      showTheme();
    });
  }

  /* Search: the index is a script (search-index.js), so nothing is fetched. */
  var input = doc.getElementById("q"), box = doc.getElementById("search-results"), status = doc.getElementById("search-status");
  function terms(q) { return q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 1; }); }
  function score(entry, ts) {
    var title = entry[0].toLowerCase(), desc = entry[2].toLowerCase(), words = " " + entry[4] + " ", total = 0;
    for (var i = 0; i < ts.length; i++) {
      var t = ts[i], s = 0;
      if (title.indexOf(t) >= 0) s += 10;
      if (desc.indexOf(t) >= 0) s += 4;
      if (words.indexOf(" " + t + " ") >= 0) s += 3; else if (words.indexOf(" " + t) >= 0) s += 1;
      if (!s) return 0;
      total += s;
    }
    return total;
  }
  function esc(s) { return s.replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; }); }
  function search() {
    var index = window.SAFEROLL_INDEX || [], ts = terms(input.value);
    if (!ts.length) { box.hidden = true; status.textContent = ""; return; }
    var hits = index.map(function (e) { return [score(e, ts), e]; }).filter(function (h) { return h[0] > 0; })
      .sort(function (a, b) { return b[0] - a[0] || (a[1][0] < b[1][0] ? -1 : 1); }).slice(0, 8);
    box.innerHTML = hits.length ? "<ul>" + hits.map(function (h) {
      var e = h[1];
      return '<li><a href="' + esc(root + e[1]) + '">' + esc(e[0]) + "<small>" + esc(e[3]) + " · " + esc(e[2]) + "</small></a></li>";
    }).join("") + "</ul>" : "<p>No pages match “" + esc(input.value) + "”.</p>";
    box.hidden = false;
    status.textContent = hits.length + (hits.length === 1 ? " result" : " results");
  }
  function moveSelection(step) {
    var links = [].slice.call(box.querySelectorAll("a"));
    if (!links.length) return;
    var i = links.indexOf(doc.activeElement) + step;
    links[(i + links.length) % links.length].focus();
  }
  if (input && box) {
    input.addEventListener("input", search);
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { e.preventDefault(); moveSelection(1); }
      if (e.key === "Enter") { var a = box.querySelector("a"); if (a) { e.preventDefault(); a.click(); } }
      if (e.key === "Escape") { input.value = ""; search(); }
    });
    box.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { e.preventDefault(); moveSelection(1); }
      if (e.key === "ArrowUp") { e.preventDefault(); moveSelection(-1); }
      if (e.key === "Escape") { box.hidden = true; input.focus(); }
    });
    doc.addEventListener("click", function (e) { if (!e.target.closest(".search")) box.hidden = true; });
  }

  /* Routine player: one step at a time, a countdown per step (per side when sides=both). */
  var player = doc.getElementById("player"), start = doc.querySelector(".start-routine");
  if (!player || !start) return;
  var params = new URLSearchParams(location.search);
  var scale = Number(window.SAFEROLL_TIME_SCALE || params.get("speed")) || 1; // a test hook: speeds time up
  var items = [].slice.call(doc.querySelectorAll("#routine-steps li")), queue = [];
  items.forEach(function (li, n) {
    var sides = li.dataset.sides === "both" ? ["left side", "right side"] : [""];
    sides.forEach(function (side) {
      queue.push({ n: n + 1, title: li.dataset.title, side: side, seconds: Number(li.dataset.seconds), hold: Number(li.dataset.hold) });
    });
  });
  var el = { step: doc.getElementById("player-step"), clock: doc.getElementById("player-clock"), count: doc.getElementById("player-count"),
    pause: player.querySelector('[data-action="pause"]') };
  var state = { i: 0, left: 0, paused: false, timer: null };
  function fmt(s) { return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0"); }
  function show() {
    var q = queue[state.i];
    el.count.textContent = "Step " + q.n + " of " + items.length;
    el.step.textContent = q.title + (q.side ? " — " + q.side : "") + (q.hold ? ". Pause " + q.hold + " s on tender spots and breathe." : "");
    el.clock.textContent = fmt(state.left);
    player.dataset.step = String(state.i);
  }
  function go(i) {
    if (i < 0) i = 0;
    if (i >= queue.length) { finish(); return; }
    state.i = i; state.left = queue[i].seconds; show();
  }
  function tick() {
    if (state.paused) return;
    state.left -= 1;
    if (state.left <= 0) { go(state.i + 1); return; }
    el.clock.textContent = fmt(state.left);
  }
  function setPaused(p) {
    state.paused = p;
    el.pause.textContent = p ? "Resume" : "Pause";
    el.pause.setAttribute("aria-pressed", String(p));
    player.dataset.paused = String(p);
    if (p) el.step.textContent = "Paused. " + el.step.textContent;
    else show();
  }
  function finish() {
    clearInterval(state.timer); state.timer = null;
    el.step.textContent = "Routine complete. Well done — drink some water.";
    el.count.textContent = ""; el.clock.textContent = "0:00";
    player.dataset.done = "true";
  }
  function end() { clearInterval(state.timer); state.timer = null; player.hidden = true; start.focus(); }
  start.addEventListener("click", function () {
    player.hidden = false; player.dataset.done = "false";
    setPaused(false); go(0);
    clearInterval(state.timer);
    state.timer = setInterval(tick, 1000 / scale);
    doc.getElementById("player-title").focus();
  });
  player.addEventListener("click", function (e) {
    var action = e.target.closest("button") && e.target.closest("button").dataset.action;
    if (action === "pause") setPaused(!state.paused);
    if (action === "skip") go(state.i + 1);
    if (action === "back") go(state.i - 1);
    if (action === "end") end();
  });
  doc.addEventListener("keydown", function (e) {
    if (player.hidden || e.target.matches("input, textarea") || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === " " && e.target.matches("button, a")) return; // the focused control handles Space itself
    var keys = { " ": function () { setPaused(!state.paused); }, ArrowRight: function () { go(state.i + 1); },
      ArrowLeft: function () { go(state.i - 1); }, Escape: end };
    if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
  });
})();
