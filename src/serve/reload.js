(function () {
  "use strict";
  // Injected by `gongkai serve` only, never into `gongkai build` output.
  var initial = __GONGKAI_PROBLEMS__;
  // The overlay's own words, in the site's language.
  var words = __GONGKAI_WORDS__;
  function overlay(problems) {
    var old = document.getElementById("gongkai-overlay");
    if (old) { old.remove(); }
    if (!problems.length) { return; }
    var box = document.createElement("div");
    box.id = "gongkai-overlay";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
      "background:rgba(20,20,20,.92);color:#fff;font:15px/1.6 system-ui,sans-serif;padding:24px";
    var h = document.createElement("h2");
    h.textContent = words.title.replace("__N__", problems.length);
    h.style.cssText = "margin:0 0 12px;font-size:18px;color:#ffb4b4";
    box.appendChild(h);
    problems.forEach(function (p) {
      var item = document.createElement("pre");
      item.className = "gongkai-problem";
      item.style.cssText = "white-space:pre-wrap;margin:0 0 12px;padding:10px;background:#2b2b2b;" +
        "border-left:4px solid " + (p.severity === "error" ? "#ff6b6b" : "#f0c040");
      var where = p.file ? p.file + (p.line ? ":" + p.line + ":" + p.column : "") : "";
      item.textContent = (p.severity === "error" ? words.error : words.warning) + "  " + where + "\n" +
        p.message + (p.hint ? "\n" + words.hint + ": " + p.hint : "");
      box.appendChild(item);
    });
    document.body.appendChild(box);
  }
  overlay(initial);
  if (!window.EventSource) { return; }
  var events = new EventSource("/__gongkai/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("problems", function (e) { overlay(JSON.parse(e.data)); });
})();
