/* SafeRoll: the theme toggle (search is in search.js, the routine player in player.js). Plain script, no modules, so it runs from file://. */
(function () {
  "use strict";
  var doc = document;

  /* Theme: follows the system until the reader chooses, then remembers the choice. */
  var toggle = doc.querySelector(".theme-toggle");
  function isDark() {
    var t = doc.documentElement.dataset.theme;
    return t ? t === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
  }
  /* The button shows the theme in use (sun or moon); pressed means dark. */
  function showTheme() {
    if (!toggle) return;
    toggle.setAttribute("aria-pressed", String(isDark()));
    toggle.title = isDark() ? "Dark theme: switch to light" : "Light theme: switch to dark";
  }
  if (toggle) {
    showTheme();
    toggle.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      doc.documentElement.dataset.theme = next;
      try { localStorage.setItem("saferoll-theme", next); } catch (e) { /* storage off: still switch */ }
      showTheme();
    });
  }
})();
