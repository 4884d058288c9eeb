// Runs in <head> before the page paints, so the reader's font size and contrast choice apply at once
// on every page (TT32-18) without a flash of the default style.
(function () {
  var root = document.documentElement;
  root.className = root.className.replace("no-js", "js");
  try {
    var scale = parseFloat(localStorage.getItem("cong.fontScale"));
    if (scale >= 0.8 && scale <= 1.6) root.style.setProperty("--font-scale", String(scale));
    if (localStorage.getItem("cong.contrast") === "1") root.classList.add("contrast");
  } catch (e) { /* storage blocked: defaults apply */ }
})();
