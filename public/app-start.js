// Starts the app on a prerendered page once that page has painted, loaded and
// the browser is idle, or at once when the reader reaches for it (the build puts
// this script where the app's own <script> and preload tags were:
// src/site-generator/prerender/document.ts). The page is readable from its HTML and CSS
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

  // ── What the reader does before the app listens ──
  // The page is its HTML until the app has taken it over (src/app/lib/app-ready.ts
  // marks <html data-app>: "starting" once React listens to the page's events,
  // "ready" once the page is hydrated and the app's own listeners are in place).
  // Links, forms and the text typed into a field work without the app; the rest
  // is done here or kept for the app:
  //  - a plain button (a panel tab, the theme): the last one pressed is pressed
  //    again once the app is ready. From "starting" on, React handles presses.
  //  - the import page's "Choose files" button opens its picker here; files
  //    chosen in a picker or dropped anywhere on the page are kept and handed to
  //    the app's import, which takes them as it starts listening for files
  //    (window.bulletinReaderStart.takeFiles, src/app/import/early-files.ts).
  //    A dropped file never makes the browser leave the page to show it.
  //  - a shortcut key (j k n p ?): the last one is pressed again once the app is
  //    ready; `/` focuses the search field at once, so what follows is typed there.
  // Keys, drops and picks are looked at on `window`, after the page's own
  // listeners: one the app has already handled (default prevented, files taken
  // from the field) is left alone.
  var root = document.documentElement;
  var pressed = null;
  function rememberPress(event) {
    if (root.hasAttribute("data-app")) return;
    var target = event.target;
    var picker = target && target.closest ? target.closest("button[data-picker]") : null;
    if (picker) {
      var input = document.getElementById(picker.getAttribute("data-picker"));
      if (input) input.click();
      return;
    }
    var button = target && target.closest ? target.closest('button[type="button"]') : null;
    if (button) pressed = button;
  }
  document.addEventListener("click", rememberPress, true);

  // Single-key shortcuts the app answers (src/app/hooks/useKeyboardShortcuts.ts).
  var KEPT_KEYS = ["j", "k", "n", "p", "?"];
  var SEARCH_FIELD = 'header input[type="search"]';
  var key = null;
  function isTyping(target) {
    return !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName || ""));
  }
  function keepKey(event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (event.key === "/") {
      var field = document.querySelector(SEARCH_FIELD);
      if (!field) return;
      event.preventDefault();
      field.focus();
    } else if (KEPT_KEYS.indexOf(event.key) >= 0) {
      key = event.key;
    }
  }
  window.addEventListener("keydown", keepKey);

  var files = [];
  var filesTaken = false;
  function hasFiles(event) {
    var types = event.dataTransfer ? event.dataTransfer.types : null;
    return !!types && Array.prototype.indexOf.call(types, "Files") >= 0;
  }
  function keepFiles(list) {
    for (var i = 0; i < list.length; i++) files.push(list[i]);
  }
  window.bulletinReaderStart = {
    // Called once, by the app, as it starts handling files itself: from then on they are its own.
    takeFiles: function () {
      filesTaken = true;
      var taken = files;
      files = [];
      return taken;
    },
  };
  window.addEventListener("dragover", function (event) {
    // Without this, the browser refuses the drop and opens the file instead.
    if (!filesTaken && !event.defaultPrevented && hasFiles(event)) event.preventDefault();
  });
  window.addEventListener("drop", function (event) {
    if (filesTaken || event.defaultPrevented || !hasFiles(event)) return;
    event.preventDefault();
    keepFiles(event.dataTransfer.files);
  });
  window.addEventListener("change", function (event) {
    var input = event.target;
    if (filesTaken || !input || input.type !== "file" || !input.files || !input.files.length) return;
    keepFiles(input.files);
    input.value = ""; // so that choosing the same file again is a change again
  });

  new MutationObserver(function (records, observer) {
    if (root.getAttribute("data-app") !== "ready") return;
    observer.disconnect();
    document.removeEventListener("click", rememberPress, true);
    window.removeEventListener("keydown", keepKey);
    if (pressed && pressed.isConnected) pressed.click();
    if (key) {
      var target = document.activeElement || document.body;
      target.dispatchEvent(new KeyboardEvent("keydown", { key: key, bubbles: true, cancelable: true }));
    }
    pressed = null;
    key = null;
  }).observe(root, { attributes: true, attributeFilter: ["data-app"] });

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
