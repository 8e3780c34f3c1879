// Quick exit by keyboard: Escape twice within a second leaves at once, like the button.
(function () {
  "use strict";
  var last = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    if (now - last < 1000) { window.location.replace("/exit"); }
    last = now;
  });
})();

// Long lists of checkboxes get a filter box: typing narrows the list to the labels (or
// their English label) containing the words; ticked boxes always stay in view. Without
// scripts the box stays hidden and the whole list is shown.
(function () {
  "use strict";
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").trim();
  }
  function setUp(input) {
    var list = document.getElementById(input.getAttribute("data-filter-for"));
    var box = input.closest(".concept-filter");
    if (!list || !box || input.dataset.ready) { return; }
    input.dataset.ready = "1";
    var empty = box.parentNode.querySelector(".filter-empty");
    box.hidden = false;
    input.addEventListener("input", function () {
      var words = fold(input.value);
      var shown = 0;
      list.querySelectorAll("li").forEach(function (item) {
        var text = fold(item.textContent + " " + (item.getAttribute("data-also") || ""));
        var keep = !words || text.indexOf(words) !== -1 || item.querySelector("input").checked;
        item.hidden = !keep;
        if (keep) { shown += 1; }
      });
      if (empty) { empty.hidden = shown !== 0; }
    });
    // Enter in the filter box must not send the form.
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); }
    });
  }
  function setUpAll(root) {
    root.querySelectorAll("input[data-filter-for]").forEach(setUp);
  }
  document.addEventListener("DOMContentLoaded", function () { setUpAll(document); });
  document.addEventListener("htmx:load", function (event) { setUpAll(event.target); });
})();
