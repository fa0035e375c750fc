/* SafeRoll search engine, loaded with the index on the first use of search (js/search.js adds both).
   The index ships text; this file is the only place that splits and stems words, when the index loads
   and for queries alike, so the two can never disagree. Plain script, no modules. */
/** Builds the in-memory index from window.SAFEROLL_SEARCH; returns what the search UI asks of it. */
window.SafeRollEngine = function (index, root) {
  "use strict";
  /* Words that only count when nothing else is asked ("how", "the"); "how long" still ranks by "long". */
  var OPTIONAL = " a an and are at be by can do does for from how i in into is it its me my of on or the to what when where which who why with you your ";
  var NUMBERS = { one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10",
    fifteen: "15", twenty: "20", thirty: "30", sixty: "60", ninety: "90" };
  var ALIASES = { min: "minut", mins: "minut", s: "second", sec: "second", secs: "second" };
  /* BM25F: field weights (title, headings, description, facts, body) and the usual k1 and b. */
  var WEIGHTS = [8, 3, 2.5, 2.5, 1], K1 = 1.2, B = 0.75;
  /* How much a word counts when it matched exactly, as a synonym, as a typo, or as the start of a longer word. */
  var EXACT = 1, SYNONYM = 0.8, TYPO = 0.6, PREFIX = 0.35;
  var WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

  /** Light English stemming: plurals, -ing, -ed and a final e, so lats/lat, rolled/rolling/roll meet. */
  function stem(word) {
    var w = word.toLowerCase().replace(/['’]/g, "");
    if (NUMBERS[w]) return NUMBERS[w];
    if (ALIASES[w]) return ALIASES[w];
    if (w.length < 4 || /^\d/.test(w)) return w;
    if (/ies$/.test(w)) w = w.slice(0, -3) + "y";
    else if (/(ch|sh|x|ss|z)es$/.test(w)) w = w.slice(0, -2);
    else if (/[^sui]s$/.test(w)) w = w.slice(0, -1);
    if (w.length > 7 && /ation$/.test(w)) w = w.slice(0, -3);
    else if (w.length > 5 && /ing$/.test(w)) w = undouble(w.slice(0, -3));
    else if (w.length > 4 && /[^e]ed$/.test(w)) w = undouble(w.slice(0, -2));
    if (w.length > 4 && /e$/.test(w)) w = w.slice(0, -1);
    return w;
  }
  function undouble(w) { return /([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w; }
  function words(text) { return text.match(WORD) || []; }
  function terms(text) {
    return words(text).map(stem).filter(function (t) { return t.length > 1 || /\d/.test(t); });
  }

  /* ---- The index, built in memory when the script arrives. ---- */
  var data = null, post = null, vocab = null;

  function build(index) {
    var pages = index.pages, lens = [[], [], [], [], []], local = [];
    post = Object.create(null);
    pages.forEach(function (p, i) {
      var secs = p[5], fields = [p[0], secs.map(function (s) { return s[1]; }).join(" . "), p[2], p[3] + " . " + p[4],
        secs.map(function (s) { return s[2]; }).join(" ")];
      var tf = Object.create(null);
      fields.forEach(function (text, f) {
        var ws = words(text), n = 0;
        for (var k = 0; k < ws.length; k++) {
          var t = stem(ws[k]);
          if (t.length > 1 || /\d/.test(t)) { (tf[t] || (tf[t] = [0, 0, 0, 0, 0]))[f]++; n++; }
          /* Compounds: "warm-up" and "child's pose" are also found as "warmup" and "childspose". */
          if (f < 3 && k > 0) { var c = stem(ws[k - 1] + ws[k]); (tf[c] || (tf[c] = [0, 0, 0, 0, 0]))[f] += 0.5; }
        }
        lens[f][i] = n;
      });
      local.push(tf);
    });
    var avg = lens.map(function (l) { return l.reduce(function (a, b) { return a + b; }, 0) / Math.max(1, l.length) || 1; });
    local.forEach(function (tf, i) {
      for (var t in tf) {
        var w = 0;
        for (var f = 0; f < 5; f++) if (tf[t][f]) w += WEIGHTS[f] * tf[t][f] / (1 - B + B * lens[f][i] / avg[f]);
        (post[t] || (post[t] = [])).push(i, w);
      }
    });
    vocab = Object.keys(post);
    data = index;
  }
  /* ---- Queries ---- */
  function oneEdit(a, b) {
    var la = a.length, lb = b.length, i = 0;
    if (Math.abs(la - lb) > 1 || a === b) return false;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) {
      return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /** Each query word becomes a group of alternatives [term, weight]; a page matches a group through any of them. */
  function groups(query) {
    var raw = words(query).map(function (w) { return w.toLowerCase().replace(/['’]/g, ""); });
    var stems = raw.map(stem), out = [], hints = [];
    raw.forEach(function (w, i) {
      var t = stems[i], alts = [], optional = OPTIONAL.indexOf(" " + w + " ") >= 0;
      if (t.length < 2 && !/\d/.test(t)) return;
      if (post[t]) alts.push([t, EXACT]);
      if (i + 1 < raw.length && post[stem(w + raw[i + 1])]) alts.push([stem(w + raw[i + 1]), EXACT]);
      if (i > 0 && post[stem(raw[i - 1] + w)]) alts.push([stem(raw[i - 1] + w), EXACT]);
      if (!post[t] && w.length >= 5) {
        vocab.forEach(function (v) { if (oneEdit(t, v)) alts.push([v, TYPO]); });
        for (var k = 2; !alts.length && k <= w.length - 2; k++) {
          var a = stem(w.slice(0, k)), b = stem(w.slice(k));
          if (post[a] && post[b] && a.length > 1 && b.length > 1) { out.push({ alts: [[a, EXACT]], optional: false }); t = b; alts.push([b, EXACT]); }
        }
      }
      if (t.length >= 3 && !/\d/.test(t)) vocab.forEach(function (v) { if (v.length > t.length && v.lastIndexOf(t, 0) === 0) alts.push([v, PREFIX]); });
      out.push({ alts: alts, optional: optional, stem: t, word: w });
    });
    (data.synonyms || []).forEach(function (s) {
      var ws = terms(s.words), at = indexOfRun(out.map(function (g) { return g.stem; }), ws);
      if (at < 0) return;
      var means = terms(s.means);
      for (var g = at; g < at + ws.length; g++) {
        means.forEach(function (m) { if (post[m]) out[g].alts.push([m, SYNONYM]); });
      }
      if (s.hint) hints.push(s);
    });
    if (out.every(function (g) { return g.optional; })) out.forEach(function (g) { g.optional = false; });
    return { groups: out, hints: hints };
  }
  function indexOfRun(list, run) {
    for (var i = 0; i + run.length <= list.length; i++) {
      var ok = run.length > 0;
      for (var j = 0; j < run.length && ok; j++) ok = list[i + j] === run[j];
      if (ok) return i;
    }
    return -1;
  }

  /**
   * Pages that match, best first: by how many of the required words they match, then by how many of those
   * as whole words (not only as the start of a longer word or a typo), then by BM25F score.
   */
  function query(q) {
    if (!data) return { hits: [], hints: [], terms: {} };
    var parsed = groups(q), gs = parsed.groups, n = data.pages.length, score = new Float64Array(n), covered = new Int32Array(n), whole = new Int32Array(n);
    var required = 0, matched = Object.create(null);
    gs.forEach(function (g) {
      if (!g.optional) required++;
      var best = Object.create(null), exact = Object.create(null);
      g.alts.forEach(function (alt) {
        var p = post[alt[0]];
        matched[alt[0]] = true;
        var idf = Math.log(1 + (n - p.length / 2 + 0.5) / (p.length / 2 + 0.5));
        for (var j = 0; j < p.length; j += 2) {
          var s = alt[1] * idf * p[j + 1] * (K1 + 1) / (p[j + 1] + K1);
          if (!(best[p[j]] >= s)) best[p[j]] = s;
          if (alt[1] >= SYNONYM) exact[p[j]] = true;
        }
      });
      for (var d in best) { score[d] += best[d]; if (!g.optional) { covered[d]++; if (exact[d]) whole[d]++; } }
    });
    var hits = [];
    for (var i = 0; i < n; i++) if (score[i] > 0 && (covered[i] > 0 || !required)) hits.push(i);
    hits.sort(function (a, b) { return covered[b] - covered[a] || whole[b] - whole[a] || score[b] - score[a] || (data.pages[a][0] < data.pages[b][0] ? -1 : 1); });
    return { hits: hits, hints: parsed.hints, terms: matched };
  }

  /** The section of page i whose heading and text match the most query terms; 0, the opening, on a tie. */
  function bestSection(i, matched) {
    var secs = data.pages[i][5], best = 0, top = 0;
    secs.forEach(function (s, k) {
      var seen = Object.create(null), n = 0;
      terms(s[1]).forEach(function (t) { if (matched[t] && !seen[t]) { seen[t] = 1; n += 2; } });
      terms(s[2]).forEach(function (t) { if (matched[t] && !seen[t]) { seen[t] = 1; n += 1; } });
      if (n > top) { top = n; best = k; }
    });
    return secs.length ? secs[best] : ["", "", data.pages[i][2]];
  }

  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; }); }

  /** About `length` characters of text around the first matched word, matched words in <mark>. */
  function snippet(text, matched, length) {
    var re = new RegExp(WORD.source, "gu"), m, marks = [];
    while ((m = re.exec(text))) if (matched[stem(m[0])]) marks.push([m.index, m.index + m[0].length]);
    var start = marks.length ? Math.max(0, marks[0][0] - length / 3) : 0;
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    var end = Math.min(text.length, start + length), out = start > 0 ? "… " : "", at = start;
    if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
    marks.forEach(function (r) {
      if (r[0] < at || r[1] > end) return;
      out += esc(text.slice(at, r[0])) + "<mark>" + esc(text.slice(r[0], r[1])) + "</mark>";
      at = r[1];
    });
    return out + esc(text.slice(at, end)) + (end < text.length ? " …" : "");
  }

  /** One hit as what the lists show: where it links, and its title, section heading and snippet as safe HTML. */
  function describe(i, matched) {
    var p = data.pages[i], s = bestSection(i, matched);
    return { uri: p[1] + (s[0] ? "#" + s[0] : ""), title: snippet(p[0], matched, Infinity),
      heading: s[0] ? snippet(s[1], matched, Infinity) : "", kind: esc(p[3]), snippet: snippet(s[2] || p[2], matched, 160) };
  }

  function hintHtml(hints) {
    return hints.map(function (h) {
      return '<p class="search-hint">' + esc(h.hint) + (h.see ? ' <a href="' + esc(root + h.see) + '">' + esc(h.seetitle) + "</a>" : "") + "</p>";
    }).join("");
  }

  build(index);
  return { query: query, describe: describe, hintHtml: hintHtml, esc: esc,
    uri: function (i) { return data.pages[i][1]; } };
};
