// Saves the report draft shortly after every change, so nothing typed is lost.
// A static file (no inline script) for the admin's Content-Security-Policy.
(function () {
  "use strict";
  const form = document.querySelector("form[data-autosave-url]");
  if (!form) {
    return;
  }
  const status = document.getElementById("autosave-status");
  const delay = 800;
  let timer = null;

  function show(message) {
    if (status) {
      status.textContent = message;
    }
  }

  function markErrors(errors) {
    form.querySelectorAll("[aria-invalid]").forEach((field) => field.removeAttribute("aria-invalid"));
    Object.keys(errors || {}).forEach((name) => {
      const field = form.elements.namedItem(name);
      if (field) {
        field.setAttribute("aria-invalid", "true");
      }
    });
  }

  function save() {
    const data = new FormData(form);
    data.delete("action");
    fetch(form.dataset.autosaveUrl, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then((response) => response.json())
      .then((result) => {
        show(result.message);
        markErrors(result.errors);
      })
      .catch(() => show(form.dataset.offlineMessage));
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, delay);
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
})();
