/* Self-hosted ALTCHA proof-of-work (only loaded when the server asks for it).
   Finds n with SHA-256(salt + n) = challenge and puts the signed solution in the hidden "altcha" field.
   No third-party service, no inline script: the challenge comes in data-* attributes, and so do the
   messages shown to the person (data-msg-*, translated by the template citizens/ask.html). */
(function () {
  "use strict";
  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }
  async function solve(box) {
    var status = box.querySelector(".qa-pow__status");
    var input = box.querySelector('input[name="altcha"]');
    var form = box.closest("form");
    var button = form && form.querySelector('button[type="submit"]');
    var challenge = box.dataset.altchaChallenge;
    var salt = box.dataset.altchaSalt;
    var max = parseInt(box.dataset.altchaMax, 10) || 1000000;
    if (!window.crypto || !window.crypto.subtle) {
      status.textContent = box.dataset.msgUnsupported;
      return;
    }
    if (button) { button.disabled = true; }
    var encoder = new TextEncoder();
    var started = Date.now();
    for (var n = 0; n <= max; n++) {
      var digest = await window.crypto.subtle.digest("SHA-256", encoder.encode(salt + n));
      if (hex(digest) === challenge) {
        input.value = btoa(JSON.stringify({
          algorithm: box.dataset.altchaAlgorithm, challenge: challenge, number: n,
          salt: salt, signature: box.dataset.altchaSignature, took: Date.now() - started
        }));
        status.textContent = box.dataset.msgDone;
        if (button) { button.disabled = false; }
        return;
      }
    }
    status.textContent = box.dataset.msgFailed;
    if (button) { button.disabled = false; }
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-altcha-challenge]"), solve);
  });
})();
