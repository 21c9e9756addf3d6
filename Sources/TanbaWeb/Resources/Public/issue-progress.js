// Live progress of a session's bulk issue: the form posts as usual (and works without this
// script); while the request runs, the page polls the session's progress and shows it.
document.querySelectorAll("form[data-issue-progress]").forEach(function (form) {
  form.addEventListener("submit", function () {
    var box = form.querySelector(".issue-progress");
    var bar = box.querySelector("progress");
    var text = box.querySelector("span");
    var button = form.querySelector("button[type=submit]");
    box.hidden = false;
    button.disabled = true;
    function label(template, entry) {
      return template.replace("{done}", entry.done).replace("{total}", entry.total);
    }
    function poll() {
      fetch(form.dataset.issueProgress, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (entry) {
          if (entry && entry.total > 0) {
            bar.max = entry.total;
            bar.value = entry.done;
            text.textContent = label(entry.stage === "rendering" ? form.dataset.labelRendering : form.dataset.labelSaving, entry);
          }
          if (!entry || entry.stage !== "finished") { setTimeout(poll, 400); }
        })
        .catch(function () { setTimeout(poll, 1000); });
    }
    setTimeout(poll, 200);
  });
});
