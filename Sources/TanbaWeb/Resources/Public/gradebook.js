// The gradebook sheet marks what a save will change: a new mark, or a recorded one corrected,
// whose row then needs a reason before the form is sent (the server checks the same).
document.querySelectorAll("form.gradebook-sheet").forEach(function (form) {
  function refresh(row) {
    var corrected = false;
    row.querySelectorAll("input.points").forEach(function (input) {
      var recorded = input.getAttribute("data-recorded");
      var changed = input.value !== recorded;
      input.classList.toggle("changed", changed);
      if (changed && recorded !== "") { corrected = true; }
    });
    var reason = row.querySelector("input.reason");
    if (reason) { reason.required = corrected; }
  }
  form.addEventListener("input", function (event) {
    var row = event.target.closest("tr");
    if (row) { refresh(row); }
  });
  form.querySelectorAll("tbody tr").forEach(refresh);
  form.addEventListener("submit", function (event) {
    if (event.submitter && event.submitter.name === "repeat") { return; }
    var missing = Array.prototype.find.call(form.querySelectorAll("input.reason"), function (reason) {
      return reason.required && reason.value.trim() === "";
    });
    if (missing) {
      event.preventDefault();
      missing.focus();
      missing.reportValidity();
    }
  });
});
