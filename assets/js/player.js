/* SafeRoll's routine player, loaded on routine pages only; plain script, no modules, so it runs from file://.
   Time comes from the clock, not from counted ticks: each step ends at a timestamp, so a tab the
   phone froze or throttled jumps straight to the right step and second. */
(function () {
"use strict";
var doc = document;
var player = doc.getElementById("player"), start = doc.querySelector(".start-routine");
if (!player || !start) return;
var CHANGE = Number(player.dataset.changeover) || 10, KEY = "saferoll-player:" + location.pathname;
var items = [].slice.call(doc.querySelectorAll("#routine-steps li")), queue = [];
items.forEach(function (li, n) {
  var s = Number(li.dataset.seconds), hold = Number(li.dataset.hold) || 0;
  function part(side, seconds, change) { queue.push({ n: n + 1, li: li, side: side, seconds: seconds, hold: change ? 0 : hold, change: change }); }
  if (li.dataset.sides === "both") { part("left side", s, false); part("right side", CHANGE, true); part("right side", s, false); }
  else part("", s, false);
});
function $(id) { return doc.getElementById(id); }
/* The printed card carries each step's own words beside its figure: copied from the step's section
   here rather than written twice into the page, so the page ships them once. */
items.forEach(function (li) {
  var h = $(li.dataset.anchor), p = doc.createElement("p");
  if (!h) return;
  p.className = "print-how";
  p.textContent = [].slice.call(h.parentNode.children).filter(function (c) { return c !== h; })
    .map(function (c) { return c.textContent.trim(); }).join(" ");
  li.appendChild(p);
});
var el = { step: $("player-step"), clock: $("player-clock"), count: $("player-count"), how: $("player-how"), figure: $("player-figure"),
  hold: $("player-hold"), holdClock: $("player-hold-clock"), note: $("player-note"), cue: $("player-cue"), stop: $("player-stop-panel"),
  pause: player.querySelector('[data-action="pause"]') };
/* ends, holdEnds: timestamps while running; left, holdLeft: milliseconds kept while paused. */
var st = { i: 0, ends: 0, left: 0, holdEnds: 0, holdLeft: 0, paused: false, done: false }, timer = null, lock = null, audio = null;

function fmt(ms) { var s = Math.ceil(ms / 1000); return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0"); }
function running() { return !player.hidden && !st.done && !st.paused; }
function label(q) { var t = q.li.querySelector("a").textContent; return q.change ? "Change sides. Next: " + t + " — right side" : t + (q.side ? " — " + q.side : ""); }
function clone(node) { var c = node.cloneNode(true); c.removeAttribute && c.removeAttribute("id"); return c; }

function showStep() {
  var q = queue[st.i], section = $(q.li.dataset.anchor), figure = q.li.querySelector(".pose");
  el.count.textContent = "Step " + q.n + " of " + items.length;
  el.how.textContent = "";
  if (q.change) el.how.textContent = "Take " + CHANGE + " seconds to turn round and settle on the other side.";
  else if (section) [].slice.call(section.parentNode.children).forEach(function (c) { if (c !== section) el.how.appendChild(clone(c)); });
  el.figure.textContent = "";
  if (figure) el.figure.appendChild(clone(figure));
  el.hold.hidden = !q.hold;
  $("player-hold-seconds").textContent = q.hold;
  player.dataset.step = String(st.i);
  announce();
}
function announce() { el.step.textContent = (st.paused ? "Paused. " : "") + label(queue[st.i]); }
function paint() {
  var t = Date.now();
  el.clock.textContent = fmt(st.paused ? st.left : Math.max(0, st.ends - t));
  var hold = st.paused ? st.holdLeft : Math.max(0, st.holdEnds - t);
  el.holdClock.textContent = hold > 0 ? fmt(hold) + " left on this spot" : "";
}
function save() {
  try {
    localStorage.setItem(KEY, JSON.stringify({ i: st.i, left: st.paused ? st.left : Math.max(0, st.ends - Date.now()), at: Date.now(), size: queue.length }));
  } catch (e) { /* storage off: no resuming after a reload */ }
}
function forget() { try { localStorage.removeItem(KEY); } catch (e) { /* nothing kept */ } }

/* Catch up: move on as many steps as the clock says have passed, each exactly its length. */
function update() {
  if (!running()) return;
  var t = Date.now(), moved = false;
  while (t >= st.ends) {
    if (st.i + 1 >= queue.length) { finish(); return; }
    st.i++; st.ends += queue[st.i].seconds * 1000; st.holdEnds = 0; moved = true;
  }
  if (moved) { showStep(); signal(); }
  paint(); save();
}
function go(i, skipChange) {
  var step = i > st.i ? 1 : -1;
  while (skipChange && queue[i] && queue[i].change) i += step;
  if (i < 0) i = 0;
  if (i >= queue.length) { finish(); return; }
  st.i = i; st.holdEnds = 0; st.holdLeft = 0;
  st.left = queue[i].seconds * 1000; st.ends = Date.now() + st.left; // a skipped-to step gets all its seconds
  showStep(); paint(); save();
}
function setPaused(p) {
  var t = Date.now();
  if (p && !st.paused) { st.left = Math.max(0, st.ends - t); st.holdLeft = Math.max(0, st.holdEnds - t); }
  if (!p && st.paused) { st.ends = t + st.left; st.holdEnds = st.holdLeft ? t + st.holdLeft : 0; }
  st.paused = p;
  el.pause.textContent = p ? "Resume" : "Pause";
  el.pause.setAttribute("aria-pressed", String(p));
  player.dataset.paused = String(p);
  wake(!p);
  announce(); paint(); save();
}
function setDone(done) {
  st.done = done;
  player.dataset.done = String(done);
  [].forEach.call(player.querySelectorAll("[data-running]"), function (b) { b.hidden = done; });
  [].forEach.call(player.querySelectorAll("[data-done]"), function (b) { b.hidden = !done; });
}
function finish() {
  setDone(true); wake(false); forget();
  el.count.textContent = ""; el.clock.textContent = "0:00"; el.how.textContent = ""; el.figure.textContent = ""; el.hold.hidden = true;
  el.step.textContent = "Routine complete. Well done.";
  signal();
  player.querySelector('[data-action="restart"]').focus();
}
function open(i, left, paused) {
  player.hidden = false; el.stop.hidden = true; setDone(false);
  st.paused = true; // setPaused below starts the clock from `left`
  go(i, false);
  if (left) st.left = left;
  setPaused(paused);
  clearInterval(timer);
  timer = setInterval(update, 250);
}
function close() {
  clearInterval(timer); timer = null; wake(false); forget();
  player.hidden = true; start.focus();
}

/* The screen stays on while the clock runs. */
function wake(on) {
  if (!("wakeLock" in navigator)) { if (on) el.note.hidden = false; return; }
  if (!on) { if (lock) { lock.release(); lock = null; } return; }
  if (lock) return;
  navigator.wakeLock.request("screen").then(function (l) {
    if (!running()) { l.release(); return; } // paused while the request was pending
    lock = l;
    l.addEventListener("release", function () { if (lock === l) lock = null; });
  }).catch(function () { el.note.hidden = false; });
}
doc.addEventListener("visibilitychange", function () {
  if (doc.visibilityState === "visible" && running()) { update(); wake(true); } // a hidden tab loses its lock
});
window.addEventListener("pageshow", update);

/* Cue at each change: off until the reader asks, then remembered. */
try { el.cue.checked = localStorage.getItem("saferoll-cue") === "on"; } catch (e) { /* off */ }
el.cue.addEventListener("change", function () {
  try { localStorage.setItem("saferoll-cue", el.cue.checked ? "on" : "off"); } catch (e) { /* not remembered */ }
  if (el.cue.checked) signal();
});
function signal() {
  if (!el.cue.checked) return;
  if (navigator.vibrate) navigator.vibrate(200);
  var Audio = window.AudioContext || window.webkitAudioContext;
  if (!Audio) return;
  audio = audio || new Audio();
  var osc = audio.createOscillator(), gain = audio.createGain();
  osc.frequency.value = 660; gain.gain.value = 0.15;
  osc.connect(gain); gain.connect(audio.destination);
  osc.start(); osc.stop(audio.currentTime + 0.25);
}

/* The stop panel shows the page's own stop signs. */
var signs = doc.querySelector(".card.stop ul");
if (signs) el.stop.insertBefore(clone(signs), $("player-stop-title").nextElementSibling.nextElementSibling);
function stopPanel(show) {
  if (show) { setPaused(true); el.stop.hidden = false; $("player-stop-title").focus(); }
  else { el.stop.hidden = true; el.pause.focus(); }
}
function act(action) {
  if (action === "end") { close(); return; }
  if (action === "restart") { open(0, 0, false); $("player-title").focus(); return; }
  if (st.done) return; // at the end only Start again and Close act
  if (action === "pause") setPaused(!st.paused);
  if (action === "skip") go(st.i + 1, true);
  if (action === "back") go(st.i - 1, true);
  if (action === "stop") stopPanel(true);
  if (action === "unstop") stopPanel(false);
  if (action === "hold") {
    st.holdLeft = queue[st.i].hold * 1000;
    st.holdEnds = Date.now() + st.holdLeft;
    paint();
  }
}
start.addEventListener("click", function () { open(0, 0, false); $("player-title").focus(); });
player.addEventListener("click", function (e) {
  var b = e.target.closest("button");
  if (b && b.dataset.action) act(b.dataset.action);
});
doc.addEventListener("keydown", function (e) {
  player.dataset.keys = "true"; // key help only for keyboard users
  if (player.hidden || e.target.matches("input, textarea") || e.altKey || e.ctrlKey || e.metaKey) return;
  if (e.key === " " && e.target.matches("button, a")) return; // the control handles Space itself
  var keys = { " ": "pause", ArrowRight: "skip", ArrowLeft: "back", Escape: "end" };
  if (keys[e.key]) { e.preventDefault(); act(keys[e.key]); }
});

/* After a reload the routine waits, paused, where it was. */
try {
  var kept = JSON.parse(localStorage.getItem(KEY) || "null");
  if (kept && kept.size === queue.length && kept.i < queue.length && Date.now() - kept.at < 12 * 3600 * 1000) open(kept.i, kept.left, true);
} catch (e) { /* nothing usable kept */ }
})();
