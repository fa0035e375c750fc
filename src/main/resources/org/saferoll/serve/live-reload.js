// Added by the preview to every page it serves (never to the built files): reloads the tab after
// a good build, and shows the errors of a failed one in a banner over the last good page; with
// --prose, the spelling warnings of the page being edited in a banner on that page only.
(function () {
  var version = null;
  function onPage(page) {
    var path = decodeURIComponent(location.pathname);
    return path === "/saferoll/" + page || (page === "index.html" && path === "/saferoll/");
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
      if (!banner) {
        banner = document.createElement("div");
        banner.id = "preview-banner";
        banner.setAttribute("role", "alert");
        banner.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:99;max-height:45vh;overflow:auto;"
          + "background:#7a1610;color:#fff;padding:1rem;font:14px/1.45 ui-monospace,monospace;white-space:pre-wrap";
        document.body.appendChild(banner);
      }
      banner.textContent = "This change did not build, so you are seeing the last good version.\n\n" + m.errors;
    } else if (m.warnings && onPage(m.warningsPage)) {
      if (!banner) {
        banner = document.createElement("div");
        banner.id = "preview-banner";
        banner.setAttribute("role", "status");
        banner.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:99;max-height:45vh;overflow:auto;"
          + "background:#fff3c4;color:#1d1d1d;padding:1rem;font:14px/1.45 ui-monospace,monospace;white-space:pre-wrap";
        document.body.appendChild(banner);
      }
      banner.textContent = "Spelling and grammar on this page (warnings):\n\n" + m.warnings;
    } else if (banner) {
      banner.remove();
    }
  });
})();
