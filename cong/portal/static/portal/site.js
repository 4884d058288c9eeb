// Progressive enhancement only: every page works without JavaScript.
(function () {
  var root = document.documentElement;
  var STEP = 0.1, MIN = 0.8, MAX = 1.6;

  function store(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* ignore */ } }
  function currentScale() {
    var value = parseFloat(getComputedStyle(root).getPropertyValue("--font-scale"));
    return isNaN(value) ? 1 : value;
  }
  function setScale(value) {
    value = Math.min(MAX, Math.max(MIN, Math.round(value * 10) / 10));
    root.style.setProperty("--font-scale", String(value));
    store("cong.fontScale", String(value));
  }

  document.querySelectorAll("[data-font]").forEach(function (button) {
    button.addEventListener("click", function () {
      var action = button.getAttribute("data-font");
      if (action === "up") setScale(currentScale() + STEP);
      else if (action === "down") setScale(currentScale() - STEP);
      else setScale(1);
    });
  });

  var contrast = document.querySelector("[data-contrast]");
  if (contrast) {
    contrast.setAttribute("aria-pressed", root.classList.contains("contrast") ? "true" : "false");
    contrast.addEventListener("click", function () {
      var on = root.classList.toggle("contrast");
      contrast.setAttribute("aria-pressed", on ? "true" : "false");
      store("cong.contrast", on ? "1" : "0");
    });
  }

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  // Collapsible main menu on small screens.
  var toggle = document.querySelector(".main-nav__toggle");
  var list = document.getElementById("menu-chinh");
  if (toggle && list) {
    toggle.hidden = false;
    list.setAttribute("data-collapsed", "true");
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", open ? "false" : "true");
      list.setAttribute("data-collapsed", open ? "true" : "false");
    });
  }
})();
