// Board search. gongkai writes the index as scripts beside the search page:
// search/index.js, the manifest (window.GONGKAI_SEARCH), comes with the page; the term
// shards (search/t/N.js) and the result table in chunks (search/d/N.js) are added as
// <script> elements only when a query needs them. No request leaves the site and nothing
// is fetched, so the search works opened from disk and on an intranet without a search
// server, and a query on a board of 10,000 items reads some hundred kilobytes.
//
// How text becomes terms must stay the same as in gongkai (render/pages/search/terms.rs):
// full-width ASCII as ASCII, ASCII lower case; runs of other letters and digits give their
// characters and pairs of neighbours; ASCII words joined by - . _ (and , between digits,
// dropped) are cut at 12 characters when they hold only digits and joiners, else at 8;
// dates (2026-04-05, the Chinese year-month-day form, 2026/4/5, 2026.4.5, 2026-04, the
// Chinese year-month and year forms) become
// 2026-04-05, 2026-04 or 2026.
(function () {
  "use strict";
  var index = window.GONGKAI_SEARCH;
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var more = document.getElementById("search-more");
  // The unit filter, on a site of unit boards: each item's board, by item number.
  var unitSelect = document.getElementById("unit");
  var scopes = index.scope ? index.scope.split(",").map(Number) : [];
  if (!index || !input || !list || !status) return;
  var root = list.getAttribute("data-root") || "";
  var base = list.getAttribute("data-index") || "";

  // The words of the status line, in the page's language (the search page writes them).
  var words = {
    one: list.getAttribute("data-found-one") || "1",
    many: list.getAttribute("data-found-many") || "{n}",
    none: list.getAttribute("data-none") || "0",
    failed: list.getAttribute("data-failed") || "!"
  };

  // At most this many shards for one query (the rest of its terms are left out, which
  // only finds more), and this many results shown at a time.
  var MAX_SHARDS = 8;
  var PAGE = 20;
  var NUMBER_MAX = 12, WORD_MAX = 8;

  // ---- text -> terms (mirrors terms.rs) ----
  var LETTER = /[\p{Alphabetic}\p{N}]/u;

  function normalised(text) {
    var out = [];
    for (var ch of text) {
      var cp = ch.codePointAt(0);
      if (cp >= 0xff01 && cp <= 0xff5e) ch = String.fromCodePoint(cp - 0xfee0);
      else if (cp === 0x3000) ch = " ";
      if (ch >= "A" && ch <= "Z") ch = ch.toLowerCase();
      out.push(ch);
    }
    return out;
  }
  function isRun(c) { return c !== undefined && c.codePointAt(0) > 0x7f && LETTER.test(c); }
  function isWord(c) { return c !== undefined && /^[a-z0-9]$/.test(c); }
  function isDigit(c) { return c !== undefined && /^[0-9]$/.test(c); }

  // The number of min..max digits at `at`, not followed by a digit: [value, end].
  function number(c, at, min, max) {
    var end = at, value = 0;
    while (end < c.length && end - at < max && isDigit(c[end])) {
      value = value * 10 + (c[end].charCodeAt(0) - 48);
      end++;
    }
    return end - at >= min && !isDigit(c[end]) ? [value, end] : null;
  }

  // A date at `at`: [[year, month, day], end], month and day 0 when not given.
  function dateAt(c, at) {
    var y = number(c, at, 4, 4);
    if (!y) return null;
    var j = y[1], sep = c[j];
    // The Chinese year, month and day marks, escaped: the script holds no word of any
    // language (the page hands it its words).
    if (sep === "\u5e74") {
      var m = number(c, j + 1, 1, 2);
      if (!m || m[0] < 1 || m[0] > 12 || c[m[1]] !== "\u6708") return [[y[0], 0, 0], j + 1];
      var d = number(c, m[1] + 1, 1, 2);
      if (d && d[0] >= 1 && d[0] <= 31 && (c[d[1]] === "\u65e5" || c[d[1]] === "\u53f7")) {
        return [[y[0], m[0], d[0]], d[1] + 1];
      }
      return [[y[0], m[0], 0], m[1] + 1];
    }
    if (sep === "-" || sep === "/" || sep === ".") {
      var mm = number(c, j + 1, 1, 2);
      if (!mm || mm[0] < 1 || mm[0] > 12) return null;
      if (c[mm[1]] === sep) {
        var dd = number(c, mm[1] + 1, 1, 2);
        if (dd && dd[0] >= 1 && dd[0] <= 31 && !isWord(c[dd[1]])) {
          return [[y[0], mm[0], dd[0]], dd[1]];
        }
      }
      if (sep === "-" && mm[1] - j === 3 && !isWord(c[mm[1]])) return [[y[0], mm[0], 0], mm[1]];
    }
    return null;
  }

  function pad(n, width) {
    var s = String(n);
    while (s.length < width) s = "0" + s;
    return s;
  }

  // The most specific term of a date: 2026-04-05, 2026-04 or 2026.
  function dateTerm(when) {
    var t = pad(when[0], 4);
    if (when[1]) t += "-" + pad(when[1], 2);
    if (when[2]) t += "-" + pad(when[2], 2);
    return t;
  }

  // The ASCII word at `at`: [word, end].
  function wordAt(c, at) {
    var word = "", i = at;
    for (;;) {
      while (isWord(c[i])) word += c[i++];
      var ch = c[i], joined = false;
      if (ch === "-" || ch === "." || ch === "_") joined = isWord(c[i + 1]);
      else if (ch === ",") joined = isDigit(c[i - 1]) && isDigit(c[i + 1]);
      if (!joined) break;
      if (ch !== ",") word += ch;
      i++;
    }
    return [word.slice(0, /^[0-9._-]*$/.test(word) ? NUMBER_MAX : WORD_MAX), i];
  }

  // The terms a query looks up; a date stands for its own characters.
  function queryTerms(text) {
    var c = normalised(text), out = [], i = 0;
    function add(t, cover) { out.push({ term: t, cover: cover }); }
    while (i < c.length) {
      if (isDigit(c[i]) && !isWord(c[i - 1])) {
        var date = dateAt(c, i);
        if (date) {
          add(dateTerm(date[0]), true);
          i = date[1];
          continue;
        }
      }
      if (isWord(c[i])) {
        var word = wordAt(c, i);
        add(word[0], true);
        i = word[1];
      } else if (isRun(c[i])) {
        var start = i;
        while (i < c.length && isRun(c[i])) i++;
        var run = c.slice(start, i);
        if (run.length === 1) add(run[0], true);
        for (var k = 0; k + 1 < run.length; k++) {
          // Every other pair, and the last, cover every character.
          add(run[k] + run[k + 1], k % 2 === 0 || k + 2 === run.length);
        }
      } else {
        i++;
      }
    }
    return out;
  }

  // FNV-1a over the code points, then MurmurHash3's finaliser (terms.rs: hash).
  function hash(term) {
    var h = 0x811c9dc5 | 0;
    for (var ch of term) {
      h ^= ch.codePointAt(0);
      h = Math.imul(h, 0x01000193);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
  }
  function shardOf(term) { return index.bits ? hash(term) >>> (32 - index.bits) : 0; }

  // The terms to look up: those that cover the query first, within MAX_SHARDS shards.
  function pick(found) {
    var seen = {}, shards = {}, count = 0, out = [];
    found.filter(function (f) { return f.cover; })
      .concat(found.filter(function (f) { return !f.cover; }))
      .forEach(function (f) {
        if (seen[f.term]) return;
        var s = shardOf(f.term);
        if (!shards[s]) {
          if (count >= MAX_SHARDS) return;
          shards[s] = true;
          count++;
        }
        seen[f.term] = true;
        out.push(f.term);
      });
    return out;
  }

  // ---- loading the index's scripts ----
  var shardTags = index.shards.split(",");
  var chunkTags = index.chunks ? index.chunks.split(",") : [];
  var shards = {}, chunks = {}, loaded = {}, waiting = {};
  // A shard is one string: term, space, postings, space, term …
  window.gongkaiShard = function (i, text) {
    var terms = {}, parts = text ? text.split(" ") : [];
    for (var k = 0; k + 1 < parts.length; k += 2) terms[parts[k]] = parts[k + 1];
    shards[i] = terms;
  };
  window.gongkaiDocs = function (c, rows) { chunks[c] = rows; };

  function load(path, done) {
    if (loaded[path]) return done();
    if (waiting[path]) return waiting[path].push(done);
    waiting[path] = [done];
    var script = document.createElement("script");
    script.src = base + path;
    script.setAttribute("data-search", path.split("?")[0]);
    script.onload = script.onerror = function () {
      loaded[path] = true;
      var callbacks = waiting[path];
      delete waiting[path];
      callbacks.forEach(function (f) { f(); });
    };
    document.head.appendChild(script);
  }
  function loadAll(paths, done) {
    var left = paths.length;
    if (!left) return done();
    paths.forEach(function (p) { load(p, function () { if (--left === 0) done(); }); });
  }
  function shardPath(s) { return "t/" + s + ".js?v=" + shardTags[s]; }
  function chunkPath(c) { return "d/" + c + ".js?v=" + chunkTags[c]; }

  // ---- item numbers of a term (shards.rs: encode; its DIGITS hold no ASCII digit) ----
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+,-.";
  var VALUE = {};
  for (var v = 0; v < DIGITS.length; v++) VALUE[DIGITS.charAt(v)] = v;

  function decode(s) {
    var out = [], i, value;
    if (s.charAt(0) === "~") {
      for (i = 1; i < s.length; i++) {
        value = VALUE[s.charAt(i)];
        for (var b = 0; b < 6; b++) if (value & (1 << b)) out.push((i - 1) * 6 + b);
      }
      return out;
    }
    var previous = -1, gap = 0, shift = 0;
    for (i = 0; i < s.length; i++) {
      value = VALUE[s.charAt(i)];
      gap += (value & 31) * Math.pow(2, shift);
      if (value & 32) {
        shift += 5;
        continue;
      }
      previous += gap + 1;
      out.push(previous);
      gap = 0;
      shift = 0;
    }
    return out;
  }

  // ---- the query and its results ----
  var query = 0, matches = [], shown = 0, failed = false;

  function say(n) {
    if (failed) status.textContent = words.failed;
    else status.textContent = n === 1 ? words.one : n ? words.many.replace("{n}", n) : words.none;
  }

  function search(text) {
    var mine = ++query;
    var terms = pick(queryTerms(text));
    list.textContent = "";
    if (more) more.hidden = true;
    matches = [];
    shown = 0;
    if (!terms.length) {
      status.textContent = "";
      return;
    }
    var need = {};
    terms.forEach(function (t) { need[shardOf(t)] = true; });
    loadAll(Object.keys(need).map(function (s) { return shardPath(+s); }), function () {
      if (mine !== query) return;
      failed = false;
      var hits = new Uint16Array(index.docs);
      terms.forEach(function (t) {
        var shard = shards[shardOf(t)];
        if (!shard) failed = true;
        // A shard spells digits as A-J (shards.rs: no ASCII digit in a shard).
        var spelled = t.replace(/[0-9]/g, function (d) { return String.fromCharCode(65 + +d); });
        var postings = shard && Object.prototype.hasOwnProperty.call(shard, spelled) ? decode(shard[spelled]) : [];
        postings.forEach(function (d) { hits[d]++; });
      });
      // Highest number first: newest first.
      var scope = scopeWanted();
      for (var d = index.docs - 1; d >= 0; d--) {
        if (hits[d] === terms.length && (scope < 0 || scopes[d] === scope)) matches.push(d);
      }
      showMore();
    });
  }

  // The board chosen in the unit filter (an index in index.units), or -1 for every one.
  function scopeWanted() {
    if (!unitSelect || !index.units) return -1;
    for (var u = 0; u < index.units.length; u++) if (index.units[u].u === unitSelect.value) return u;
    return -1;
  }

  function row(r) {
    var li = document.createElement("li");
    li.className = "row";
    var a = document.createElement("a");
    a.className = "row-title";
    a.href = root + r[1];
    a.textContent = r[0];
    var meta = document.createElement("span");
    meta.className = "row-meta";
    var badge = document.createElement("span");
    badge.className = "badge badge-" + r[4];
    badge.textContent = index.status[r[4]] || r[4];
    var kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = index.kinds[r[2]] || r[2];
    var time = document.createElement("time");
    time.setAttribute("datetime", r[3]);
    time.textContent = r[3];
    meta.appendChild(badge);
    meta.appendChild(document.createTextNode(" "));
    meta.appendChild(kind);
    meta.appendChild(document.createTextNode(" "));
    meta.appendChild(time);
    li.appendChild(a);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(meta);
    return li;
  }

  function showMore() {
    var mine = query;
    var page = matches.slice(shown, shown + PAGE);
    var need = {};
    page.forEach(function (d) { need[Math.floor(d / index.chunk)] = true; });
    loadAll(Object.keys(need).map(function (c) { return chunkPath(+c); }), function () {
      if (mine !== query) return;
      page.forEach(function (d) {
        var rows = chunks[Math.floor(d / index.chunk)];
        var r = rows && rows[d % index.chunk];
        if (r) list.appendChild(row(r));
        else failed = true;
      });
      shown += page.length;
      say(matches.length);
      if (more) more.hidden = shown >= matches.length;
    });
  }

  if (more) more.addEventListener("click", showMore);
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, 150);
  });
  // The button (and Enter) search in place; without this script the form reloads the
  // page with ?q=, which the script reads when it runs.
  if (input.form) {
    input.form.addEventListener("submit", function (e) {
      e.preventDefault();
      clearTimeout(timer);
      search(input.value);
    });
  }
  var params = new URLSearchParams(window.location.search);
  if (unitSelect) {
    unitSelect.value = params.get("unit") || "";
    if (unitSelect.selectedIndex < 0) unitSelect.value = "";
    unitSelect.addEventListener("change", function () { search(input.value); });
  }
  var q = params.get("q");
  if (q) {
    input.value = q;
    search(q);
  }
})();
