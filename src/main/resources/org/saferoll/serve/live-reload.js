// Added by the preview to every page it serves (never to the built files): reloads the tab after
// a good build, and shows the errors of a failed one in a banner over the last good page; with
// --prose, the spelling warnings of the page being edited in a banner on that page only.
(function () {
  var version = null;
  function onPage(page) {
    var path = decodeURIComponent(location.pathname);
    return path === "/saferoll/" + page || (page === "index.html" && path === "/saferoll/");
  }
  // One banner at the foot of the page: red for a failed build, yellow for the edited page's spelling.
  function show(banner, role, background, colour, text) {
    if (!banner) {
      banner = document.createElement("div");
      banner.id = "preview-banner";
      document.body.appendChild(banner);
    }
    banner.setAttribute("role", role);
    banner.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:99;max-height:45vh;overflow:auto;padding:1rem;"
      + "background:" + background + ";color:" + colour + ";font:14px/1.45 ui-monospace,monospace;white-space:pre-wrap";
    banner.textContent = text;
  }
  var events = new EventSource("/saferoll/__events");
  events.addEventListener("build", function (e) {
    var m = JSON.parse(e.data);
    if (version !== null && m.ok && m.version !== version) {
      location.reload();
      return;
    }
    version = m.version;
    var banner = document.getElementById("preview-banner");
    if (!m.ok) {
      show(banner, "alert", "#7a1610", "#fff",
        "This change did not build, so you are seeing the last good version.\n\n" + m.errors);
    } else if (m.warnings && onPage(m.warningsPage)) {
      show(banner, "status", "#fff3c4", "#1d1d1d", "Spelling and grammar on this page (warnings):\n\n" + m.warnings);
    } else if (banner) {
      banner.remove();
    }
  });
})();
