// Starts the app on a prerendered page once that page has painted, loaded and
// the browser is idle, or at once when the reader reaches for it (the build puts
// this script where the app's own <script> and preload tags were:
// src/build/prerender/document.ts). The page is readable from its HTML and CSS
// alone. Fetched with the HTML, the app's code shared a slow connection with
// the stylesheet and held back the first paint; started at the first paint,
// its work competed with the page's own loading and blocked it (Lighthouse's
// Total Blocking Time, measured by `npm run bench:web`). External, not inline:
// the CSP forbids inline script.
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
  // One tag per task: adding a preload tag starts its request there and then,
  // which took from a fraction of a millisecond to over ten; all of them in one
  // task blocked the page for tens.
  function start() {
    var steps = [];
    list("data-fetches").forEach(function (href) {
      steps.push(["link", { rel: "preload", href: href, as: "fetch", crossorigin: "anonymous" }]);
    });
    list("data-modules").forEach(function (href) {
      steps.push(["link", { rel: "modulepreload", href: href, crossorigin: "" }]);
    });
    steps.push(["script", { type: "module", src: me.getAttribute("data-entry"), crossorigin: "" }]);
    (function next() {
      var step = steps.shift();
      if (!step) return;
      add(step[0], step[1]);
      setTimeout(next, 0);
    })();
  }

  var started = false;
  // Signs that the reader is about to use the page: the app must be there for it.
  var INTENT_EVENTS = ["pointerdown", "keydown", "focusin", "touchstart"];
  function startOnce() {
    if (started) return;
    started = true;
    INTENT_EVENTS.forEach(function (type) {
      document.removeEventListener(type, startOnce, true);
    });
    start();
  }
  INTENT_EVENTS.forEach(function (type) {
    document.addEventListener(type, startOnce, { capture: true, passive: true });
  });

  // A button pressed before the app listened did nothing: the page was still
  // its HTML. The last one pressed is pressed again once the app is ready
  // (src/app/lib/app-ready.ts marks <html data-app>: "starting" once React
  // listens, and handles presses itself; "ready" once hydrated). Only plain
  // buttons: links and form buttons work without the app.
  var pressed = null;
  function rememberPress(event) {
    if (document.documentElement.hasAttribute("data-app")) return;
    var target = event.target;
    var button = target && target.closest ? target.closest('button[type="button"]') : null;
    if (button) pressed = button;
  }
  document.addEventListener("click", rememberPress, true);
  new MutationObserver(function (records, observer) {
    if (document.documentElement.getAttribute("data-app") !== "ready") return;
    observer.disconnect();
    document.removeEventListener("click", rememberPress, true);
    if (pressed && pressed.isConnected) pressed.click();
    pressed = null;
  }).observe(document.documentElement, { attributes: true, attributeFilter: ["data-app"] });

  // Idle, but not forever: a page that keeps the browser busy still gets its app.
  var IDLE_TIMEOUT_MS = 2000;
  // Never wait on a paint or a load that does not come.
  var FALLBACK_MS = 5000;
  var painted = false;
  var loaded = document.readyState === "complete";
  var waiting = true;
  // Both: on a fast connection the load can end before the first paint, and work
  // started then would hold that paint back.
  function whenPaintedAndLoaded() {
    if (!waiting || !painted || !loaded) return;
    waiting = false;
    if ("requestIdleCallback" in window) requestIdleCallback(startOnce, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(startOnce, 0);
  }
  if ("PerformanceObserver" in window && (PerformanceObserver.supportedEntryTypes || []).indexOf("paint") >= 0) {
    new PerformanceObserver(function (entries, observer) {
      if (!entries.getEntriesByName("first-contentful-paint").length) return;
      observer.disconnect();
      painted = true;
      whenPaintedAndLoaded();
    }).observe({ type: "paint", buffered: true });
  } else {
    painted = true;
  }
  if (!loaded) {
    window.addEventListener("load", function () {
      loaded = true;
      whenPaintedAndLoaded();
    });
  }
  whenPaintedAndLoaded();
  // A hidden tab paints nothing: start at once.
  if (document.visibilityState === "hidden") startOnce();
  setTimeout(startOnce, FALLBACK_MS);
})();
