/* Suggestions under every search box that has data-autocomplete-url. Progressive enhancement:
   the form works without this script; no inline code, so a strict CSP allows it. */
(function () {
  "use strict";
  var DELAY = 150;

  function enhance(input, index) {
    var url = input.getAttribute("data-autocomplete-url");
    var list = document.createElement("ul");
    var timer = null;
    var active = -1;
    var latest = 0;
    list.id = "search-suggestions-" + index;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.parentNode.appendChild(list);

    function options() { return list.querySelectorAll("[role=option]"); }

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(next) {
      var items = options();
      if (!items.length) { return; }
      active = (next + items.length) % items.length;
      for (var i = 0; i < items.length; i++) { items[i].setAttribute("aria-selected", String(i === active)); }
      input.setAttribute("aria-activedescendant", items[active].id);
    }

    function show(results) {
      list.textContent = "";
      results.forEach(function (result, i) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        item.id = list.id + "-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        link.href = result.url;
        link.textContent = result.title;
        link.tabIndex = -1;
        item.appendChild(link);
        list.appendChild(item);
      });
      list.hidden = !results.length;
      input.setAttribute("aria-expanded", String(!!results.length));
      active = -1;
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      var ticket = ++latest;
      if (query.length < 2 || !window.fetch) { close(); return; }
      fetch(url + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { if (ticket === latest) { show(data.results || []); } })
        .catch(close);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) { return; }
      if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
      else if (event.key === "Escape") { close(); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = options()[active].querySelector("a").href;
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 200); });
  }

  var inputs = document.querySelectorAll("input[data-autocomplete-url]");
  for (var i = 0; i < inputs.length; i++) { enhance(inputs[i], i); }
})();
