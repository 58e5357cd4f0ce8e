// wagtail-localize's translation editor writes two labels in English, outside gettext: the
// screen-reader name of its "more actions" toggle and the "<source> to <target> translation"
// heading. Once React has drawn them, this gives them the admin catalogue's words.
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

  if (!root || typeof gettext !== "function") return;
  relabel();
  new MutationObserver(relabel).observe(root, { childList: true, subtree: true });
})();
