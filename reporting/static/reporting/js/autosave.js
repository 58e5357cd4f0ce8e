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

  // Shows each refused field's message where Wagtail shows form errors; clears the fixed ones.
  function markErrors(errors) {
    form.querySelectorAll("[data-field]").forEach((wrapper) => {
      const input = wrapper.querySelector("input, textarea, select");
      const messages = (errors || {})[input && input.name];
      const slot = wrapper.querySelector("[data-field-errors]");
      wrapper.classList.toggle("w-field--error", Boolean(messages));
      if (input) {
        input.toggleAttribute("aria-invalid", Boolean(messages));
      }
      if (slot && (messages || slot.dataset.autosave)) {
        slot.dataset.autosave = "1";
        slot.replaceChildren();
        if (messages) {
          const text = document.createElement("p");
          text.className = "error-message";
          text.textContent = messages.join(" ");
          slot.append(text);
        }
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
