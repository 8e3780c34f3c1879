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
