/* quotestance Timeline page: renders window.QS_TIMELINE (data/timeline.js), counts per day or week that the
   corpus writer aggregated, one strip of bars per series. No server, no network. */
(function () {
  'use strict';
  var T = window.QS_TIMELINE || { unit: 'day', buckets: [], outlets: [], documents: { dated: [], undated: [] } };
  var POLARITY_COLOR = ['#1b8a3a', '#c62828', '#7a7f87'];
  var POLARITIES = ['FAVOR', 'AGAINST', 'NEUTRAL'];
  var metricSelect = document.getElementById('metric');
  var outletSelect = document.getElementById('outlet');
  var root = document.getElementById('timeline');
  var NS = 'http://www.w3.org/2000/svg';
  var WIDTH = 720, HEIGHT = 34;

  function esc(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function outletName(o) { return T.outlets[o] === '' ? '(no outlet)' : T.outlets[o]; }
  outletSelect.innerHTML = '<option value="-1">all outlets</option>' + T.outlets.map(function (o, i) {
    return '<option value="' + i + '">' + esc(outletName(i)) + '</option>';
  }).join('');

  /** Per bucket, the counts per polarity (one slot for quotes), and the undated counts, in the chosen outlet. */
  function sum(rows, stacked, outlet) {
    var width = stacked ? 3 : 1;
    var perBucket = T.buckets.map(function () { return [0, 0, 0].slice(0, width); });
    var undated = [0, 0, 0].slice(0, width);
    rows.dated.forEach(function (r) {
      if (outlet < 0 || r[1] === outlet) { perBucket[r[0]][stacked ? r[2] : 0] += r[r.length - 1]; }
    });
    rows.undated.forEach(function (r) {
      if (outlet < 0 || r[0] === outlet) { undated[stacked ? r[1] : 0] += r[r.length - 1]; }
    });
    return { perBucket: perBucket, undated: undated };
  }
  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }
  function total(a) { return a.reduce(function (n, x) { return n + x; }, 0); }

  function strip(counts, max, stacked) {
    var svg = document.createElementNS(NS, 'svg');
    var n = Math.max(1, T.buckets.length);
    var w = Math.max(2, Math.min(24, Math.floor(WIDTH / n)));
    svg.setAttribute('width', String(w * n));
    svg.setAttribute('height', String(HEIGHT));
    counts.perBucket.forEach(function (parts, b) {
      var y = HEIGHT;
      parts.forEach(function (v, p) {
        if (!v) { return; }
        var h = Math.max(1, Math.round((HEIGHT - 2) * v / max));
        y -= h;
        var rect = document.createElementNS(NS, 'rect');
        rect.setAttribute('class', 'bar');
        rect.setAttribute('x', String(b * w));
        rect.setAttribute('y', String(y));
        rect.setAttribute('width', String(Math.max(1, w - 1)));
        rect.setAttribute('height', String(h));
        rect.setAttribute('fill', stacked ? POLARITY_COLOR[p] : '#23507a');
        var title = document.createElementNS(NS, 'title');
        title.textContent = (T.unit === 'week' ? 'week of ' : '') + T.buckets[b] + ': ' + v +
          (stacked ? ' ' + POLARITIES[p].toLowerCase() : '');
        rect.appendChild(title);
        svg.appendChild(rect);
      });
    });
    return svg;
  }

  function render() {
    var metric = metricSelect.value;
    var outlet = Number(outletSelect.value);
    var stacked = metric === 'stances';
    var section = T[metric];
    var docs = sum(T.documents, false, outlet);
    var rows = [{ label: 'Documents', counts: docs, stacked: false, cls: 'documents' },
      { label: 'All ' + metric, counts: sum(section.total, stacked, outlet), stacked: stacked, cls: 'total' }]
      .concat(section.series.map(function (s) {
        return { label: s.label, id: s.id, counts: sum(s, stacked, outlet), stacked: stacked, cls: 'series' };
      }));
    var datedDocs = total(docs.perBucket.map(total));
    document.getElementById('timeline-summary').textContent = T.buckets.length ?
      'Per ' + T.unit + ' from ' + T.buckets[0] + ' to ' + T.buckets[T.buckets.length - 1] + ' (' +
      plural(T.buckets.length, T.unit) + '); ' + plural(datedDocs, 'dated document') + ', ' + docs.undated[0] +
      ' without a date (counted apart, right).' :
      'No document has a date; ' + docs.undated[0] + ' documents without a date are counted in the right column.';
    var table = document.createElement('table');
    table.innerHTML = '<thead><tr><th>' + (stacked ? 'target' : 'speaker') + '</th><th class="num">dated</th><th>per ' +
      T.unit + '</th><th class="num">no date</th></tr></thead><tbody></tbody>';
    var body = table.querySelector('tbody');
    rows.forEach(function (r) {
      var dated = total(r.counts.perBucket.map(total));
      var max = Math.max(1, Math.max.apply(null, r.counts.perBucket.map(total)));
      var tr = document.createElement('tr');
      tr.className = r.cls;
      if (r.id) { tr.setAttribute('data-id', r.id); }
      tr.innerHTML = '<td>' + (r.cls === 'series' ? '' : '<b>') + esc(r.label) + (r.cls === 'series' ? '' : '</b>') +
        '</td><td class="num">' + dated + '</td><td class="strip"></td><td class="num undated">' +
        total(r.counts.undated) + '</td>';
      tr.querySelector('td.strip').appendChild(strip(r.counts, max, r.stacked));
      body.appendChild(tr);
    });
    root.innerHTML = '';
    root.appendChild(table);
    if (T.buckets.length) {
      var axis = document.createElement('div');
      axis.className = 'muted';
      axis.textContent = 'Each strip is scaled to its own busiest ' + T.unit + '; hover a bar for its count.' +
        (stacked ? ' Green: favour, red: against, grey: neutral.' : '');
      root.appendChild(axis);
    }
  }

  metricSelect.addEventListener('change', render);
  outletSelect.addEventListener('change', render);
  render();
})();
