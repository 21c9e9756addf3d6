// The program form grows as the program does: «Add a row» copies the last learning-outcome or
// discipline row with empty fields and the next index, so no program is held to a fixed count.
// Without scripts the form still offers three blank rows after the filled ones.
document.querySelectorAll("[data-add-row]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () {
    var container = document.getElementById(button.getAttribute("data-add-row"));
    var rows = container ? container.querySelectorAll("[data-row]") : [];
    if (rows.length === 0) { return; }
    var last = rows[rows.length - 1];
    var copy = last.cloneNode(true);
    var next = 0;
    container.querySelectorAll("[name]").forEach(function (field) {
      var match = /\[(\d+)\]/.exec(field.name);
      if (match) { next = Math.max(next, parseInt(match[1], 10) + 1); }
    });
    copy.querySelectorAll("[name]").forEach(function (field) {
      field.name = field.name.replace(/\[\d+\]/, "[" + next + "]");
      if (field.tagName === "SELECT") { field.selectedIndex = 0; } else { field.value = ""; }
    });
    copy.querySelectorAll("[data-row-number]").forEach(function (cell) { cell.textContent = String(rows.length + 1); });
    last.parentNode.insertBefore(copy, last.nextSibling);
    var first = copy.querySelector("input, textarea");
    if (first) { first.focus(); }
  });
});
