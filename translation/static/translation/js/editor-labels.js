// wagtail-localize's translation editor writes two labels in English, outside gettext: the
// screen-reader name of its "more actions" toggle and the "<source> to <target> translation"
// heading. Once React has drawn them, this gives them the admin catalogue's words.
// It also offers "send for review" to those who may not publish (translators): the editor shows
// them no button at all, and editorial/translation.py turns that same POST (action=publish from
// someone who may not publish directly) into a submission to the workflow.
(() => {
  const root = document.querySelector(".js-translation-editor");
  const heading = /^(.+) to (.+) translation$/;

  const relabel = () => {
    root.querySelectorAll(".w-dropdown__toggle .w-sr-only").forEach((label) => {
      if (label.textContent === "More actions") label.textContent = gettext("More actions");
    });
    root.querySelectorAll("h3").forEach((title) => {
      const match = title.textContent.match(heading);
      if (match) {
        title.textContent = interpolate(
          gettext("%(source)s to %(target)s translation"),
          { source: match[1], target: match[2] },
          true,
        );
      }
    });
  };

  const offerReview = () => {
    const form = root.querySelector("footer form");
    if (!form || form.querySelector("button[name=action][value=publish]")) return;
    const button = document.createElement("button");
    button.type = "submit";
    button.name = "action";
    button.value = "publish";
    button.className = "button";
    button.textContent = gettext("Send the translation for review");
    form.prepend(button);
  };

  if (!root || typeof gettext !== "function") return;
  const update = () => {
    relabel();
    offerReview();
  };
  update();
  new MutationObserver(update).observe(root, { childList: true, subtree: true });
})();
