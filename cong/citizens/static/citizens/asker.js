/* Ask form: the organisation's fields show only when the sender is an organisation ("tổ chức").
   Progressive enhancement: without JavaScript the fieldset stays visible under its own heading. */
(function () {
  "use strict";
  var form = document.querySelector(".qa-form");
  var organisation = document.getElementById("thong-tin-to-chuc");
  if (!form || !organisation) return;
  var radios = form.querySelectorAll('input[name="asker_type"]');
  function update() {
    var chosen = form.querySelector('input[name="asker_type"]:checked');
    var isOrganisation = chosen !== null && chosen.value === "organisation";
    organisation.hidden = !isOrganisation;
    organisation.disabled = !isOrganisation; // a hidden field is neither focused nor sent
  }
  for (var i = 0; i < radios.length; i++) radios[i].addEventListener("change", update);
  update();
})();
