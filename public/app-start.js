// Starts the app on a prerendered page once that page has painted (the build
// puts this script where the app's own <script> and preload tags were:
// src/build/prerender/document.ts). The page is readable from its HTML and CSS
// alone; fetched earlier, the app's code would share a slow connection with
// the stylesheet and hold back that first paint. External, not inline: the
// CSP forbids inline script.
(function () {
  var me = document.currentScript;
  var list = function (name) {
    return (me.getAttribute(name) || "").split(" ").filter(Boolean);
  };
  function add(tag, attributes) {
    var el = document.createElement(tag);
    for (var key in attributes) el.setAttribute(key, attributes[key]);
    document.head.appendChild(el);
  }
  function start() {
    list("data-modules").forEach(function (href) {
      add("link", { rel: "modulepreload", href: href, crossorigin: "" });
    });
    list("data-fetches").forEach(function (href) {
      add("link", { rel: "preload", href: href, as: "fetch", crossorigin: "anonymous" });
    });
    add("script", { type: "module", src: me.getAttribute("data-entry"), crossorigin: "" });
  }
  var started = false;
  function startOnce() {
    if (started) return;
    started = true;
    start();
  }
  // The browser reports the first contentful paint once the frame is on screen
  // (an animation frame callback runs before it, too early).
  if ("PerformanceObserver" in window && (PerformanceObserver.supportedEntryTypes || []).indexOf("paint") >= 0) {
    new PerformanceObserver(function (entries, observer) {
      if (!entries.getEntriesByName("first-contentful-paint").length) return;
      observer.disconnect();
      setTimeout(startOnce, 0);
    }).observe({ type: "paint", buffered: true });
  } else {
    startOnce();
  }
  // A hidden tab paints nothing: start at once, as a browser without paint timing does.
  if (document.visibilityState === "hidden") startOnce();
  // Never wait on a paint that does not come.
  setTimeout(startOnce, 3000);
})();
