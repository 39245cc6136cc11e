// The one script: the governance log's verification progress (the page works without it, on reload).
"use strict";
(function () {
  var box = document.getElementById("verify");
  var bar = document.getElementById("verify-progress");
  if (!box || !bar) { return; }
  var count = document.getElementById("verify-count");
  var result = document.getElementById("verify-result");
  function poll() {
    fetch(box.getAttribute("data-status"), {credentials: "same-origin"})
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.total !== undefined) {
          bar.max = s.total || 1; bar.value = s.read;
          count.textContent = s.read + " / " + s.total;
        }
        if (s.running) { setTimeout(poll, 400); return; }
        if (s.text) { result.textContent = s.text.replace(/\*\*/g, ""); result.className = s.ok ? "ok" : "notice"; }
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
