/*
 * quotestance corpus browser, with no server and no network: data/documents.js lists the documents
 * (window.QS_DOCUMENTS), data/corpus.js holds the speakers, places, targets and outlets (window.QUOTESTANCE),
 * and each document's text and annotations are in data/docs/<doc_id>.js, loaded by a <script> tag when it is
 * needed (browsers do not let a page fetch() local files).
 */
(function () {
  'use strict';
  var DATA = window.QUOTESTANCE || { speakers: [], places: [], targets: {}, outlets: {} };
  var DOCUMENTS = window.QS_DOCUMENTS || [];
  var PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2',
    '#bcbd22', '#393b79', '#637939', '#843c39', '#7b4173', '#3182bd', '#e6550d', '#31a354'];
  var POLARITIES = ['FAVOR', 'AGAINST', 'NEUTRAL'];
  var USAGE_COLOR = { LITERAL: '#1f5fbf', METONYMIC: '#d2561d', DEMONYM: '#7b3fa0' };

  var docsById = {};
  DOCUMENTS.forEach(function (d) { docsById[d.id] = d; });
  var speakersById = {};
  DATA.speakers.forEach(function (s) { speakersById[s.id] = s; });
  // Colours: most-quoted speakers first, so the main voices get the most distinct colours.
  var ranked = DATA.speakers.slice().sort(function (a, b) { return b.quotes - a.quotes || cmp(a.id, b.id); });
  var colorOf = {};
  ranked.forEach(function (s, i) { colorOf[s.id] = PALETTE[i % PALETTE.length]; });
  function speakerColor(id) { return colorOf[id] || '#8a8f98'; }
  function speakerName(id) { return speakersById[id] ? speakersById[id].name : ''; }

  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
  function esc(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function docTitle(d) { return d.title || d.id; }
  var view = document.getElementById('view');
  var tip = document.getElementById('tip');
  var map = null;

  /* ---------- documents, loaded on demand: data/docs/<id>.js calls QS_DOC(model) ---------- */
  var loaded = {}, waiting = {};
  window.QS_DOC = function (d) {
    loaded[d.id] = d;
    var callbacks = waiting[d.id] || [];
    delete waiting[d.id];
    callbacks.forEach(function (f) { f(d); });
  };
  /** Calls done(model) once the document's script has run, or done(null) when it cannot be loaded. */
  function loadDoc(id, done) {
    if (loaded[id]) { done(loaded[id]); return; }
    if (waiting[id]) { waiting[id].push(done); return; }
    waiting[id] = [done];
    var script = document.createElement('script');
    script.src = 'data/docs/' + encodeURIComponent(id) + '.js';
    script.onerror = function () {
      var callbacks = waiting[id] || [];
      delete waiting[id];
      callbacks.forEach(function (f) { f(null); });
    };
    document.head.appendChild(script);
  }

  /* ---------- routing: #/overview, #/doc/ID[/q/QUOTE|/at/OFFSET], #/speakers, #/map ---------- */
  var routed = 0;
  function route() {
    var seq = ++routed;
    var parts = (location.hash || '#/overview').replace(/^#\/?/, '').split('/').map(decodeURIComponent);
    if (map) { map.remove(); map = null; }
    currentDoc = null;
    hideTip();
    var name = parts[0] || 'overview';
    document.querySelectorAll('nav a').forEach(function (a) {
      a.classList.toggle('active', a.getAttribute('data-view') === name);
    });
    if (name === 'doc' && docsById[parts[1]]) {
      view.innerHTML = '<p class="muted">Loading ' + esc(parts[1]) + '\u2026</p>';
      loadDoc(parts[1], function (d) {
        if (seq !== routed) { return; }
        if (d) { renderDocument(d, parts[2], parts[3]); } else { view.innerHTML = '<p>The data of ' + esc(parts[1]) + ' is missing.</p>'; }
      });
    } else if (name === 'speakers') {
      renderSpeakers();
    } else if (name === 'map') {
      renderMap();
    } else {
      renderOverview();
    }
  }
  window.addEventListener('hashchange', route);

  /* ---------- overview: documents and charts ---------- */
  /** Document rows the overview draws at most; the filter searches them all. */
  var DOC_ROWS = 500;
  function docRow(d) {
    return '<tr><td><a class="doc-link" href="#/doc/' + encodeURIComponent(d.id) + '">' + esc(docTitle(d)) +
      '</a><div class="muted">' + esc(d.id) + '</div></td><td>' + esc(d.outlet) + '</td><td>' + esc(d.date) +
      '</td><td class="num">' + d.n[0] + '</td><td class="num">' + d.n[1] +
      '</td><td class="num">' + d.n[2] + '</td></tr>';
  }
  function renderOverview() {
    var places = DATA.places.length;
    view.innerHTML = '<h2>Overview</h2><p class="muted">' + DOCUMENTS.length + ' documents, ' +
      count(0) + ' quotes, ' + DATA.speakers.length + ' speakers, ' +
      places + ' places, ' + count(2) + ' stances.</p>' +
      '<h3>Documents</h3>' + (DOCUMENTS.length > DOC_ROWS ? '<input class="filter" id="doc-filter" type="search" ' +
      'placeholder="Filter by title, id, outlet, date\u2026"><p class="muted" id="doc-count"></p>' : '') +
      '<table id="documents"><thead><tr><th>Title</th><th>Outlet</th><th>Date</th>' +
      '<th class="num">Quotes</th><th class="num">Places</th><th class="num">Stances</th></tr></thead><tbody>' +
      DOCUMENTS.slice(0, DOC_ROWS).map(docRow).join('') + '</tbody></table><h3>Charts</h3><div class="charts">' +
      '<div class="chart" id="chart-outlets"></div><div class="chart" id="chart-speakers"></div>' +
      '<div class="chart" id="chart-stances"></div></div>';
    var filter = document.getElementById('doc-filter');
    if (filter) {
      var drawDocs = function () {
        var q = filter.value.trim().toLowerCase();
        var shown = !q ? DOCUMENTS : DOCUMENTS.filter(function (d) {
          return (d.title + ' ' + d.id + ' ' + d.outlet + ' ' + d.date).toLowerCase().indexOf(q) >= 0;
        });
        view.querySelector('#documents tbody').innerHTML = shown.slice(0, DOC_ROWS).map(docRow).join('');
        document.getElementById('doc-count').textContent = shown.length > DOC_ROWS
          ? 'The first ' + DOC_ROWS + ' of ' + shown.length + ' documents; type to filter.' : shown.length + ' documents.';
      };
      filter.addEventListener('input', drawDocs);
      document.getElementById('doc-count').textContent = 'The first ' + DOC_ROWS + ' of ' + DOCUMENTS.length +
        ' documents; type to filter.';
    }
    var perOutlet = {};
    Object.keys(DATA.outlets).forEach(function (o) { perOutlet[o || '(unknown)'] = (perOutlet[o || '(unknown)'] || 0) + DATA.outlets[o]; });
    barChart(document.getElementById('chart-outlets'), 'Quotes per outlet',
      Object.keys(perOutlet).sort().map(function (k) { return { label: k, parts: [[perOutlet[k], '#23507a']] }; }));
    var quoted = ranked.filter(function (s) { return s.quotes > 0; });
    barChart(document.getElementById('chart-speakers'), 'Quotes per speaker' + top(quoted.length),
      quoted.slice(0, CHART_ROWS).map(function (s) {
        return { label: s.name, parts: [[s.quotes, speakerColor(s.id)]], href: '#/speakers' };
      }));
    var perTarget = DATA.targets;
    var targets = Object.keys(perTarget).sort(function (a, b) {
      return total(perTarget[b]) - total(perTarget[a]) || cmp(a, b);
    });
    barChart(document.getElementById('chart-stances'), 'Stance polarity per target' + top(targets.length),
      targets.slice(0, CHART_ROWS).map(function (t) {
        return { label: t, parts: POLARITIES.map(function (p) { return [perTarget[t][p] || 0, polColor(p), p]; }) };
      }), POLARITIES.map(function (p) { return [p, polColor(p)]; }));
  }
  /** Rows a chart shows at most: the largest ones (a large corpus has thousands of speakers). */
  var CHART_ROWS = 40;
  function top(n) { return n > CHART_ROWS ? ' (top ' + CHART_ROWS + ' of ' + n + ')' : ''; }
  /** The sum over the documents of one of their counts (0 quotes, 1 places, 2 stances). */
  function count(i) { return DOCUMENTS.reduce(function (n, d) { return n + d.n[i]; }, 0); }
  function total(o) { return POLARITIES.reduce(function (n, p) { return n + (o[p] || 0); }, 0); }
  function polColor(p) { return p === 'FAVOR' ? '#1b8a3a' : p === 'AGAINST' ? '#c62828' : '#7a7f87'; }

  /** A horizontal (stacked) bar chart as plain SVG. rows: {label, parts: [[value, colour, name]]}. */
  function barChart(el, title, rows, legend) {
    var NS = 'http://www.w3.org/2000/svg';
    var labelW = 180, barW = 220, rowH = 22, top = legend ? 26 : 6;
    var max = Math.max(1, Math.max.apply(null, rows.map(function (r) {
      return r.parts.reduce(function (n, p) { return n + p[0]; }, 0);
    })));
    var svg = document.createElementNS(NS, 'svg');
    var h = top + rows.length * rowH + 6;
    svg.setAttribute('width', '100%');
    svg.setAttribute('viewBox', '0 0 ' + (labelW + barW + 40) + ' ' + h);
    function add(name, attrs, text) {
      var e = document.createElementNS(NS, name);
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      if (text !== undefined) { e.textContent = text; }
      svg.appendChild(e);
      return e;
    }
    if (legend) {
      var lx = labelW;
      legend.forEach(function (l) {
        add('rect', { x: lx, y: 6, width: 10, height: 10, fill: l[1] });
        add('text', { x: lx + 14, y: 15 }, l[0].toLowerCase());
        lx += 78;
      });
    }
    rows.forEach(function (r, i) {
      var y = top + i * rowH;
      var label = r.label.length > 26 ? r.label.slice(0, 25) + '\u2026' : r.label;
      add('text', { x: labelW - 8, y: y + 15, 'text-anchor': 'end' }, label).appendChild(titleOf(r.label));
      var x = labelW, sum = 0;
      r.parts.forEach(function (p) {
        if (p[0] <= 0) { return; }
        var w = p[0] / max * barW;
        var rect = add('rect', { x: x, y: y + 3, width: Math.max(1, w), height: rowH - 7, fill: p[1], 'class': 'bar' });
        rect.appendChild(titleOf(r.label + (p[2] ? ' \u2014 ' + p[2].toLowerCase() : '') + ': ' + p[0]));
        x += w; sum += p[0];
      });
      add('text', { x: x + 5, y: y + 15 }, String(sum));
    });
    function titleOf(text) { var t = document.createElementNS(NS, 'title'); t.textContent = text; return t; }
    el.innerHTML = '<h3>' + esc(title) + '</h3>';
    if (!rows.length) { el.innerHTML += '<p class="muted">none</p>'; return; }
    el.appendChild(svg);
  }

  /* ---------- document view ---------- */
  var NEST = ['bp', 'hl', 'st', 'q', 'cue', 'm', 'loc'];

  function annotations(d) {
    var list = [];
    d.boilerplate.forEach(function (b) { list.push({ k: 'bp', b: b[0], e: b[1], kind: b[2] }); });
    d.headlines.forEach(function (h) { list.push({ k: 'hl', b: h[0], e: h[1] }); });
    d.stances.forEach(function (s) { list.push({ k: 'st', b: s.b, e: s.e, s: s }); });
    d.quotes.forEach(function (q) {
      list.push({ k: 'q', b: q.b, e: q.e, q: q });
      if (q.cue) { list.push({ k: 'cue', b: q.cue[0], e: q.cue[1], lemma: q.cue[2], q: q }); }
    });
    d.mentions.forEach(function (m) {
      var quotes = d.quotes.filter(function (q) { return q.mention && q.mention[0] === m.b && q.mention[1] === m.e; });
      list.push({ k: 'm', b: m.b, e: m.e, m: m, quotes: quotes });
    });
    d.locations.forEach(function (l) { list.push({ k: 'loc', b: l.b, e: l.e, l: l }); });
    return list.filter(function (a) { return a.e > a.b; });
  }

  function openTag(a, i, first) {
    var attr = ' data-a="' + i + '"';
    switch (a.k) {
      case 'bp': return '<span class="bp"' + attr + '>';
      case 'hl': return '<span class="hl"' + attr + '>';
      case 'st': return '<span class="st st-' + esc(a.s.polarity) + '"' + attr + '>';
      case 'q': return '<span class="q q-' + esc(a.q.type) + '" style="--c:' + speakerColor(a.q.speaker) + '"' +
        (first ? ' id="q-' + esc(a.q.id) + '"' : '') + ' data-quote="' + esc(a.q.id) + '" data-speaker="' +
        esc(a.q.speaker) + '"' + attr + '>';
      case 'cue': return '<span class="cue"' + attr + '>';
      case 'm': return '<a class="m" href="#" style="--c:' + speakerColor(a.m.speaker) + '" data-speaker="' +
        esc(a.m.speaker) + '" data-quotes="' + esc(a.quotes.map(function (q) { return q.id; }).join(' ')) + '"' + attr + '>';
      case 'loc': return '<span class="loc loc-' + esc(a.l.usage) + '" data-gid="' + a.l.gid + '"' +
        (first ? ' id="at-' + a.b + '"' : '') + attr + '>';
    }
    return '<span>';
  }

  function renderText(d, list) {
    var text = d.text;
    var cuts = {};
    cuts[0] = true; cuts[text.length] = true;
    list.forEach(function (a) { cuts[a.b] = true; cuts[a.e] = true; });
    var points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
    var order = list.map(function (a, i) { return i; }).sort(function (x, y) {
      var a = list[x], b = list[y];
      return NEST.indexOf(a.k) - NEST.indexOf(b.k) || a.b - b.b || b.e - a.e || x - y;
    });
    var html = [];
    for (var p = 0; p + 1 < points.length; p++) {
      var from = points[p], to = points[p + 1];
      var open = [];
      order.forEach(function (i) { var a = list[i]; if (a.b <= from && a.e >= to) { open.push(i); } });
      open.forEach(function (i) { html.push(openTag(list[i], i, list[i].b === from)); });
      html.push(esc(text.slice(from, to)));
      for (var c = open.length - 1; c >= 0; c--) { html.push(list[open[c]].k === 'm' ? '</a>' : '</span>'); }
      list.forEach(function (a, i) {
        if (a.k === 'st' && a.e === to) {
          html.push('<span class="badge pol-' + esc(a.s.polarity) + '" data-a="' + i + '">' +
            (a.s.polarity === 'FAVOR' ? '+' : a.s.polarity === 'AGAINST' ? '\u2212' : '=') + ' ' + esc(a.s.target) + '</span>');
        }
      });
    }
    return html.join('');
  }

  function describe(a, d) {
    function row(k, v) { return v === '' || v === undefined || v === null ? '' : '<br>' + k + ': ' + esc(v); }
    switch (a.k) {
      case 'bp': return '<b>Boilerplate</b> ' + esc(a.kind) + ' (skipped by the annotators)';
      case 'hl': return '<b>Headline</b>';
      case 'st': return '<b>Stance</b> ' + esc(a.s.id) + '<br>' + esc(a.s.holderName || '?') + ' \u2192 ' +
        esc(a.s.target) + ' \u2192 ' + esc(a.s.polarity) + row('holder entity', a.s.holder) + row('cue', a.s.cue) +
        row('quote', a.s.quote);
      case 'q': return '<b>Quote</b> ' + esc(a.q.id) + ' \u00b7 ' + esc(a.q.type) +
        row('speaker', a.q.speaker ? speakerName(a.q.speaker) + ' (' + a.q.speaker + ')' : '(none)') +
        row('speaker mention', a.q.mention ? d.text.slice(a.q.mention[0], a.q.mention[1]) : '') +
        row('cue', a.q.cue ? d.text.slice(a.q.cue[0], a.q.cue[1]) + ' (' + a.q.cue[2] + ')' : '');
      case 'cue': return '<b>Speech cue</b>' + row('lemma', a.lemma);
      case 'm': var s = speakersById[a.m.speaker];
        return '<b>Speaker mention</b> ' + esc(a.m.type) +
          row('entity', s ? s.name + ' (' + s.id + ')' : a.m.speaker || '(unlinked)') + row('role', s ? s.role : '') +
          row('quotes', a.quotes.map(function (q) { return q.id; }).join(', ') || '(no quote here; click for the speaker\'s quotes)');
      case 'loc': return '<b>Place</b> ' + esc(a.l.name) + row('GeoNames id', a.l.gid || '0 (gazetteer supplement)') + row('country', a.l.cc) +
        row('usage', a.l.usage);
    }
    return '';
  }

  function renderDocument(d, mode, arg) {
    var list = annotations(d);
    var quoted = {};
    d.quotes.forEach(function (q) { var k = q.speaker || ''; (quoted[k] = quoted[k] || []).push(q); });
    var speakerIds = Object.keys(quoted).sort(function (a, b) { return quoted[b].length - quoted[a].length || cmp(a, b); });
    var side = '<div class="legend"><b>Legend</b>' +
      '<div><span class="q q-DIRECT" style="--c:#555">direct</span> <span class="q q-MIXED" style="--c:#555">mixed</span> ' +
      '<span class="q q-INDIRECT" style="--c:#555">indirect</span> quote, coloured by speaker</div>' +
      '<div><span class="m" style="--c:#555">Name</span> speaker mention (click: its quotes)</div>' +
      '<div><span class="loc loc-LITERAL">place</span> literal <span class="loc loc-METONYMIC">place</span> metonymic ' +
      '<span class="loc loc-DEMONYM">demonym</span></div>' +
      '<div><span class="st st-FAVOR">evidence</span><span class="badge pol-FAVOR">+ target</span> stance ' +
      '(<span class="badge pol-AGAINST">\u2212</span> against, <span class="badge pol-NEUTRAL">=</span> neutral)</div>' +
      '<div><span class="bp">boilerplate</span> greyed</div><div class="muted">Hover for features.</div></div>' +
      '<h3>Speakers quoted</h3><ul>' + speakerIds.map(function (id) {
        return '<li><span class="swatch" style="background:' + speakerColor(id) + '"></span>' +
          esc(id ? speakerName(id) : '(no speaker)') + ' \u2014 ' + quoted[id].map(function (q) {
            return '<a href="#" class="goto-quote" data-quote="' + esc(q.id) + '">' + esc(q.id.replace(d.id + '-', '')) + '</a>';
          }).join(' ') + '</li>';
      }).join('') + '</ul><h3>Stances</h3><ul>' + (d.stances.map(function (s) {
        return '<li>' + esc(s.holderName || '?') + ' \u2192 ' + esc(s.target) + ' <span class="pol pol-' + esc(s.polarity) +
          '">' + esc(s.polarity.toLowerCase()) + '</span></li>';
      }).join('') || '<li class="muted">none</li>') + '</ul>';
    view.innerHTML = '<h2 id="doc-title">' + esc(docTitle(d)) + '</h2><div class="doc-meta">' + esc(d.outlet) +
      (d.date ? ' \u00b7 ' + esc(d.date) : '') + ' \u00b7 ' + esc(d.id) +
      (d.url ? ' \u00b7 <a href="' + esc(d.url) + '">source</a>' : '') + ' \u00b7 ' + d.quotes.length + ' quotes, ' +
      d.locations.length + ' place mentions, ' + d.stances.length + ' stances</div>' +
      '<div class="doc-layout"><div class="doc-text" id="doc-text">' + renderText(d, list) + '</div><aside class="side">' +
      side + '</aside></div>';
    var body = document.getElementById('doc-text');
    body.addEventListener('mouseover', function (ev) {
      var parts = [], el = ev.target;
      while (el && el !== body) {
        if (el.hasAttribute && el.hasAttribute('data-a')) { parts.unshift(describe(list[+el.getAttribute('data-a')], d)); }
        el = el.parentNode;
      }
      if (parts.length) { showTip(parts, ev); } else { hideTip(); }
    });
    body.addEventListener('mousemove', moveTip);
    body.addEventListener('mouseleave', hideTip);
    currentDoc = d;
    if (mode === 'q' && arg) { flashQuotes([arg]); }
    if (mode === 'at' && arg) {
      var at = document.getElementById('at-' + arg);
      if (at) { at.scrollIntoView({ block: 'center' }); at.classList.add('flash'); }
    }
  }

  var currentDoc = null;
  /* Speaker mentions and the side list jump to their quotes (one listener for every document view). */
  view.addEventListener('click', function (ev) {
    var link = currentDoc && ev.target.closest('a.m, a.goto-quote');
    if (!link) { return; }
    ev.preventDefault();
    var ids = link.hasAttribute('data-quotes') ? link.getAttribute('data-quotes').split(' ').filter(Boolean)
      : [link.getAttribute('data-quote')];
    if (!ids.length && link.getAttribute('data-speaker')) {
      ids = currentDoc.quotes.filter(function (q) { return q.speaker === link.getAttribute('data-speaker'); })
        .map(function (q) { return q.id; });
    }
    flashQuotes(ids);
  });

  function flashQuotes(ids) {
    document.querySelectorAll('.q.flash').forEach(function (e) { e.classList.remove('flash'); });
    ids.forEach(function (id, i) {
      document.querySelectorAll('.q[data-quote="' + CSS.escape(id) + '"]').forEach(function (e) { e.classList.add('flash'); });
      var first = document.getElementById('q-' + id);
      if (first && i === 0) { first.scrollIntoView({ block: 'center' }); }
    });
  }

  function showTip(parts, ev) {
    tip.innerHTML = parts.map(function (p) { return '<div>' + p + '</div>'; }).join('');
    tip.hidden = false;
    moveTip(ev);
  }
  function moveTip(ev) {
    if (tip.hidden) { return; }
    var x = ev.clientX + 14, y = ev.clientY + 16;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth - 8) { x = Math.max(8, ev.clientX - w - 14); }
    if (y + h > window.innerHeight - 8) { y = Math.max(8, ev.clientY - h - 16); }
    tip.style.left = x + 'px';
    tip.style.top = y + 'px';
  }
  function hideTip() { tip.hidden = true; }

  /* ---------- speakers table ---------- */
  var speakerSort = { key: 'quotes', dir: -1 };
  function renderSpeakers() {
    var rows = DATA.speakers.map(function (s) {
      var stances = [];
      Object.keys(s.stances).sort().forEach(function (t) {
        Object.keys(s.stances[t]).sort().forEach(function (p) { stances.push({ target: t, polarity: p, n: s.stances[t][p] }); });
      });
      return { s: s, name: s.name, kind: s.kind, role: s.role, variants: s.variants.join(' | '), quotes: s.quotes,
        docs: s.ndocs, stances: stances };
    });
    var cols = [['name', 'Speaker'], ['kind', 'Kind'], ['role', 'Role'], ['variants', 'Variants'], ['quotes', '#Quotes', 1],
      ['docs', 'Documents', 1], ['stances', 'Stances (holder \u2192 target \u2192 polarity)']];
    view.innerHTML = '<h2>Speakers</h2><p class="muted">One row per speaker entity across the corpus. ' +
      'Click a column to sort; type to filter.</p><input class="filter" id="speaker-filter" type="search" ' +
      'placeholder="Filter by name, variant, role, target\u2026"><p class="muted" id="speaker-count"></p>' +
      '<table id="speakers"><thead><tr>' +
      cols.map(function (c) {
        return '<th class="' + (c[0] === 'stances' ? '' : 'sortable ') + (c[2] ? 'num' : '') + '" data-key="' + c[0] + '">' + c[1] + '</th>';
      }).join('') + '</tr></thead><tbody></tbody></table>';
    var tbody = view.querySelector('tbody');
    var filter = document.getElementById('speaker-filter');
    function draw() {
      var q = filter.value.trim().toLowerCase();
      var shown = rows.filter(function (r) {
        if (!q) { return true; }
        return [r.name, r.s.id, r.kind, r.role, r.variants].concat(r.stances.map(function (x) { return x.target + ' ' + x.polarity; }))
          .join(' ').toLowerCase().indexOf(q) >= 0;
      }).sort(function (a, b) {
        var x = a[speakerSort.key], y = b[speakerSort.key];
        return (typeof x === 'number' ? x - y : cmp(String(x).toLowerCase(), String(y).toLowerCase())) * speakerSort.dir ||
          cmp(a.s.id, b.s.id);
      });
      document.getElementById('speaker-count').textContent = shown.length > DOC_ROWS
        ? 'The first ' + DOC_ROWS + ' of ' + shown.length + ' speakers in this order; type to filter.' : '';
      tbody.innerHTML = shown.slice(0, DOC_ROWS).map(function (r) {
        return '<tr data-speaker="' + esc(r.s.id) + '"><td><span class="swatch" style="background:' + speakerColor(r.s.id) +
          '"></span><b>' + esc(r.name) + '</b><div class="muted">' + esc(r.s.id) + '</div></td><td>' + esc(r.kind) +
          '</td><td>' + esc(r.role) + '</td><td>' + esc(r.variants) + '</td><td class="num">' + r.quotes +
          '</td><td class="num">' + r.docs + '<div>' + r.s.docs.map(function (entry) {
            var id = entry[0], first = entry[1];
            return '<a href="#/doc/' + encodeURIComponent(id) + (first ? '/q/' + encodeURIComponent(first) : '') +
              '" title="' + esc(docsById[id] ? docTitle(docsById[id]) : id) + '">' + esc(id.split('_')[0]) + '</a>';
          }).join(' ') + (r.docs > r.s.docs.length ? ' \u2026' : '') + '</div></td><td>' + (r.stances.map(function (x) {
            return esc(r.name) + ' \u2192 ' + esc(x.target) + ' \u2192 <span class="pol pol-' + esc(x.polarity) + '">' +
              esc(x.polarity.toLowerCase()) + '</span>' + (x.n > 1 ? ' \u00d7' + x.n : '');
          }).join('<br>') || '<span class="muted">\u2014</span>') + '</td></tr>';
      }).join('');
      view.querySelectorAll('th.sortable').forEach(function (th) {
        th.classList.toggle('sorted-asc', th.getAttribute('data-key') === speakerSort.key && speakerSort.dir > 0);
        th.classList.toggle('sorted-desc', th.getAttribute('data-key') === speakerSort.key && speakerSort.dir < 0);
      });
    }
    view.querySelectorAll('th.sortable').forEach(function (th) {
      th.addEventListener('click', function () {
        var key = th.getAttribute('data-key');
        speakerSort = { key: key, dir: speakerSort.key === key ? -speakerSort.dir : (th.classList.contains('num') ? -1 : 1) };
        draw();
      });
    });
    filter.addEventListener('input', draw);
    draw();
  }

  /* ---------- map ---------- */
  function dominantUsage(p) {
    return Object.keys(p.usage).sort(function (a, b) { return p.usage[b] - p.usage[a] || cmp(a, b); })[0] || 'LITERAL';
  }
  function renderMap() {
    view.innerHTML = '<h2>Places</h2><p class="muted">' + DATA.places.length + ' places resolved to GeoNames; ' +
      'a marker per place, its area by number of mentions, its colour by the usage most of its mentions have ' +
      '(a dashed ring: used both ways). Click a marker for the sentences.</p><div id="map"></div>';
    if (!window.L) { document.getElementById('map').textContent = 'Leaflet did not load.'; return; }
    map = L.map('map', { worldCopyJump: false, minZoom: 1, maxZoom: 10, zoomSnap: 0.25 });
    map.setView([30, 40], 2); // a view first: vector layers need the renderer's bounds when they are added
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    if (window.QS_WORLD && window.topojson) {
      L.geoJSON(countries(), {
        style: { color: '#8d99a6', weight: 0.7, fillColor: '#f4f1e8', fillOpacity: 1 },
        interactive: false, attribution: 'Outlines: Natural Earth via world-atlas'
      }).addTo(map);
    }
    var markers = [];
    // Larger markers first, so smaller ones stay clickable on top of them.
    DATA.places.slice().sort(function (a, b) { return b.mentions - a.mentions || cmp(a.key, b.key); })
      .forEach(function (p) {
      var usage = dominantUsage(p);
      var n = p.mentions;
      var both = Object.keys(p.usage).length > 1;
      var marker = L.circleMarker([p.lat, p.lon], {
        radius: 3 + 2.2 * Math.sqrt(n), color: both ? '#222' : '#fff', weight: both ? 2 : 1.2, dashArray: both ? '3 2' : null,
        fillColor: USAGE_COLOR[usage] || '#555', fillOpacity: 0.75, className: 'place-marker usage-' + usage
      }).addTo(map);
      marker.bindTooltip(esc(p.name) + ' (' + n + ')');
      marker.bindPopup('', { maxWidth: 380, maxHeight: 260 });
      marker.on('popupopen', function (e) { e.popup.setContent(popup(p, e.popup)); });
      var el = marker.getElement();
      if (el) { el.setAttribute('data-place', p.key); }
      markers.push(marker);
    });
    var legend = L.control({ position: 'bottomleft' });
    legend.onAdd = function () {
      var div = L.DomUtil.create('div', 'map-legend');
      div.innerHTML = '<i style="background:' + USAGE_COLOR.LITERAL + '"></i>literal (the place)<br><i style="background:' +
        USAGE_COLOR.METONYMIC + '"></i>metonymic (its government, team\u2026)<br><i style="background:' + USAGE_COLOR.DEMONYM +
        '"></i>demonym (Iranian, Armenian\u2026)<br><i style="border:2px dashed #222;width:9px;height:9px"></i>mixed use';
      return div;
    };
    legend.addTo(map);
    if (markers.length) {
      map.fitBounds(L.featureGroup(markers).getBounds().pad(0.25), { maxZoom: 5 });
    }
    document.getElementById('map').setAttribute('data-markers', String(markers.length));
  }
  /**
   * Country outlines from the world-atlas TopoJSON. Leaflet draws a ring as given, so rings that cross the
   * antimeridian (Russia, Fiji) are unwrapped into continuous longitudes; Antarctica is left out.
   */
  function countries() {
    var fc = topojson.feature(QS_WORLD, QS_WORLD.objects.countries);
    fc.features = fc.features.filter(function (f) { return f.id !== '010'; });
    fc.features.forEach(function (f) {
      var g = f.geometry;
      if (!g) { return; }
      var polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      polygons.forEach(function (poly) {
        poly.forEach(function (ring) {
          var shift = 0;
          for (var i = 1; i < ring.length; i++) {
            var d = ring[i][0] + shift - ring[i - 1][0];
            if (d > 180) { shift -= 360; } else if (d < -180) { shift += 360; }
            ring[i] = [ring[i][0] + shift, ring[i][1]];
          }
        });
      });
    });
    return fc;
  }

  /** Documents whose sentences a place's popup loads and lists. */
  var POPUP_DOCS = 20;
  /** A place's popup: its sentences are filled in when the documents that mention it have loaded. */
  function popup(p, leafletPopup) {
    var usage = Object.keys(p.usage).sort().map(function (u) { return u.toLowerCase() + ' ' + p.usage[u]; }).join(', ');
    var docs = p.docs.slice(0, POPUP_DOCS);
    var div = document.createElement('div');
    div.className = 'popup';
    div.innerHTML = '<h4>' + esc(p.name) + '</h4><div class="muted">' +
      (p.gid ? 'GeoNames ' + p.gid : 'gazetteer supplement, no GeoNames id') + ' \u00b7 ' + esc(p.cc) +
      ' \u00b7 ' + p.lat.toFixed(2) + ', ' + p.lon.toFixed(2) + ' \u00b7 ' + usage + ' \u00b7 ' + p.mentions +
      ' mentions in ' + p.ndocs + ' documents</div><ul class="muted"><li>Loading sentences\u2026</li></ul>' +
      (p.ndocs > docs.length ? '<div class="muted">Sentences of the first ' + docs.length + ' documents.</div>' : '');
    var list = div.querySelector('ul');
    var items = [], left = docs.length;
    function done() {
      list.className = '';
      list.innerHTML = items.join('');
      list.setAttribute('data-loaded', '');
      leafletPopup.update();
    }
    docs.forEach(function (entry, i) {
      loadDoc(entry[0], function (d) {
        items[i] = d ? d.locations.filter(function (l) { return l.key === p.key; }).map(function (l) {
          return sentenceItem(d, l);
        }).join('') : '<li>' + esc(entry[0]) + ': document data missing</li>';
        if (--left === 0) { done(); }
      });
    });
    if (!docs.length) { done(); }
    return div;
  }

  function sentenceItem(d, l) {
    var s = d.text.slice(l.sb, l.se), at = l.b - l.sb;
    var sentence = at >= 0 && l.e <= l.se
      ? esc(s.slice(0, at)) + '<b>' + esc(s.slice(at, at + l.e - l.b)) + '</b>' + esc(s.slice(at + l.e - l.b)) : esc(s);
    return '<li><span class="usage-tag usage-' + esc(l.usage) + '">' + esc(l.usage.toLowerCase()) + '</span> ' + sentence +
      ' <a href="#/doc/' + encodeURIComponent(d.id) + '/at/' + l.b + '" title="' + esc(docTitle(d)) + '">' +
      esc(d.id.split('_')[0]) + '</a></li>';
  }

  route();
})();
