// Concord web UI: a little script on top of pages that work without it. It adds (1) a popup with the source
// sentence and outlet on hovering, focusing or tapping a citation (a second tap, or a click, opens the document at
// that sentence), (2) a filter of the listed stories by the words of their cards, as one types, and
// (3) on a document page, the cited sentence marked and scrolled to. Nothing is fetched from elsewhere.
(function () {
  "use strict";
  var pop = null;
  var shownFor = null;

  function hide() {
    if (pop) { pop.remove(); pop = null; }
    shownFor = null;
  }

  function show(a) {
    hide();
    pop = document.createElement("div");
    pop.className = "cite-pop";
    pop.setAttribute("role", "tooltip");
    pop.id = "cite-pop";
    var outlet = document.createElement("strong");
    outlet.textContent = a.getAttribute("data-outlet") || "";
    var sentence = document.createElement("span");
    sentence.textContent = a.concordSentence || "";
    pop.appendChild(outlet);
    pop.appendChild(sentence);
    document.body.appendChild(pop);
    var r = a.getBoundingClientRect();
    var left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth
        - pop.offsetWidth - 8));
    pop.style.left = left + "px";
    pop.style.top = (window.scrollY + r.bottom + 6) + "px";
    a.setAttribute("aria-describedby", "cite-pop");
    shownFor = a;
  }

  function citations() {
    var touch = false;
    document.querySelectorAll("a.cite").forEach(function (a) {
      // the title is "OUTLET: SENTENCE"; the popup says it, so the title goes (it stays for pages without script)
      var title = a.getAttribute("title") || "";
      var outlet = (a.getAttribute("data-outlet") || "") + ": ";
      a.concordSentence = title.indexOf(outlet) === 0 ? title.substring(outlet.length) : title;
      a.removeAttribute("title");
      a.addEventListener("mouseenter", function () { show(a); });
      a.addEventListener("mouseleave", hide);
      a.addEventListener("focus", function () { show(a); });
      a.addEventListener("blur", hide);
      a.addEventListener("touchstart", function () { touch = true; }, { passive: true });
      a.addEventListener("click", function (e) {
        if (touch && shownFor !== a) { e.preventDefault(); show(a); }
        touch = false;
      });
    });
    document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });
  }

  function filters() {
    // the form's selects apply with its button, not on change (a keyboard user moving through a select must
    // not be sent to another page at each step)
    var list = document.getElementById("story-list");
    if (!list) { return; }
    var box = document.createElement("div");
    box.className = "page-filter";
    var label = document.createElement("label");
    label.htmlFor = "page-filter";
    label.textContent = "Show only headlines with";
    var input = document.createElement("input");
    input.type = "search";
    input.id = "page-filter";
    box.appendChild(label);
    box.appendChild(input);
    list.parentNode.insertBefore(box, list);
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      list.querySelectorAll(":scope > li.story-card").forEach(function (li) {
        var text = li.textContent.toLowerCase();
        li.hidden = q !== "" && text.indexOf(q) < 0;
      });
    });
  }

  function target() {
    if (!location.hash || location.hash.length < 2) { return; }
    var anchor = document.getElementById(decodeURIComponent(location.hash.substring(1)));
    if (!anchor || !anchor.classList.contains("anchor")) { return; }
    var mark = anchor.nextElementSibling;
    if (mark && mark.tagName === "MARK") {
      mark.classList.add("flash");
      mark.scrollIntoView({ block: "center" });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    citations();
    filters();
    target();
  });
})();
