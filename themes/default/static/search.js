// Board search: filters the index in search/index.js as the reader types. Every word
// must occur in the title, kind, date, unit/period or notice text. No request leaves the
// page, so it works from disk and on an intranet without a search server.
(function () {
  "use strict";
  var index = window.GONGKAI_SEARCH || [];
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list) return;
  var root = list.getAttribute("data-root") || "";
  // The words of the status line, in the page's language (the search page writes them).
  var foundOne = list.getAttribute("data-found-one") || "1";
  var foundMany = list.getAttribute("data-found-many") || "{n}";
  var none = list.getAttribute("data-none") || "0";
  var haystacks = index.map(function (e) {
    return [e.t, e.k, e.d, e.m, e.x].join(" ").toLowerCase();
  });

  function show() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) {
      status.textContent = "";
      return;
    }
    var found = 0;
    index.forEach(function (e, i) {
      for (var w = 0; w < words.length; w++) {
        if (haystacks[i].indexOf(words[w]) < 0) return;
      }
      found++;
      var li = document.createElement("li");
      li.className = "row";
      var a = document.createElement("a");
      a.href = root + e.u;
      a.textContent = e.t;
      a.className = "row-title";
      var meta = document.createElement("span");
      meta.className = "row-meta";
      meta.textContent = " " + e.k + " · " + e.d;
      li.appendChild(a);
      li.appendChild(meta);
      list.appendChild(li);
    });
    status.textContent = found === 1 ? foundOne : found ? foundMany.replace("{n}", found) : none;
  }

  input.addEventListener("input", show);
  // The button (and Enter) search in place; without this script the form reloads the
  // page with ?q=, which the script reads when it runs.
  if (input.form) {
    input.form.addEventListener("submit", function (e) {
      e.preventDefault();
      show();
    });
  }
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) {
    input.value = q;
  }
  show();
})();
