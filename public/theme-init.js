// Runs before first paint (a classic, render-blocking external script: no
// inline script, so a strict CSP needs no 'unsafe-inline'). Applies the saved
// theme and text size, or the system's colour preference.
(function () {
  var root = document.documentElement;
  var theme = null;
  var size = null;
  try {
    theme = localStorage.getItem("reader:theme");
    size = localStorage.getItem("reader:text-size");
  } catch (e) {}
  var dark = theme === "dark" || (theme !== "light" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  root.classList.toggle("dark", dark);
  if (size && /^[0-9.]+rem$/.test(size)) root.style.setProperty("--reader-size", size);
})();
