/* quotestance Network page: renders window.QS_NETWORK (data/network.js) with cytoscape; the evidence of an
   edge is in data/network-evidence-N.js, loaded when the edge is clicked. No server, no network. */
(function () {
  'use strict';
  var N = window.QS_NETWORK || { nodes: [], edges: [], outlets: [], polarities: [], chunk: 200 };
  var POLARITY_COLOR = { FAVOR: '#1b8a3a', AGAINST: '#c62828', NEUTRAL: '#7a7f87' };
  var MAX_EDGES = 400; // the first view shows at most this many edges; the minimum count picks them
  var outletSelect = document.getElementById('outlet');
  var minInput = document.getElementById('min-count');
  var polarityBox = document.getElementById('polarities');
  var panel = document.getElementById('evidence');
  var cy = null;

  function esc(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function outletName(o) { return N.outlets[o] === '' ? '(no outlet)' : N.outlets[o]; }

  outletSelect.innerHTML = '<option value="-1">all outlets</option>' + N.outlets.map(function (o, i) {
    return '<option value="' + i + '">' + esc(outletName(i)) + '</option>';
  }).join('');
  polarityBox.innerHTML = N.polarities.map(function (p) {
    return '<label><input type="checkbox" name="polarity" value="' + p + '" checked> ' +
      '<span class="legend-line" style="background:' + POLARITY_COLOR[p] + '"></span>' + p.toLowerCase() + '</label>';
  }).join(' ');

  /** The edge's count in the chosen outlet (-1: all). */
  function countOf(e, outlet) {
    if (outlet < 0) { return e.n; }
    for (var i = 0; i < e.o.length; i++) { if (e.o[i][0] === outlet) { return e.o[i][1]; } }
    return 0;
  }
  function selection() {
    var polarities = {};
    polarityBox.querySelectorAll('input:checked').forEach(function (c) { polarities[c.value] = true; });
    return { outlet: Number(outletSelect.value), polarities: polarities, min: Math.max(1, Number(minInput.value) || 1) };
  }
  /** The smallest minimum count that keeps the first view under MAX_EDGES edges. */
  function defaultMinimum() {
    var counts = N.edges.map(function (e) { return e.n; }).sort(function (a, b) { return b - a; });
    return counts.length > MAX_EDGES ? counts[MAX_EDGES] + 1 : 1;
  }

  function render() {
    var sel = selection();
    var used = {};
    var edges = [];
    N.edges.forEach(function (e, i) {
      var n = countOf(e, sel.outlet);
      if (n >= sel.min && sel.polarities[N.polarities[e.p]]) {
        edges.push({ data: { id: 'e' + i, index: i, source: 'n' + e.s, target: 'n' + e.t, n: n,
          polarity: N.polarities[e.p], color: POLARITY_COLOR[N.polarities[e.p]], width: 1.5 + 2.5 * Math.sqrt(n) } });
        used[e.s] = true; used[e.t] = true;
      }
    });
    var ids = Object.keys(used).map(Number).sort(function (a, b) { return a - b; });
    // a deterministic start (a circle in data order) so the same corpus gives the same drawing
    var nodes = ids.map(function (k, j) {
      var node = N.nodes[k];
      var angle = 2 * Math.PI * j / Math.max(1, ids.length);
      return { data: { id: 'n' + k, index: k, label: node.label, type: node.type,
          size: 14 + 6 * Math.sqrt(node.n) },
        position: { x: 300 * Math.cos(angle), y: 300 * Math.sin(angle) } };
    });
    document.getElementById('network-summary').textContent = N.nodes.length + ' nodes and ' + N.edges.length +
      ' edges (holder \u2192 target, one per polarity) in the corpus; showing ' + edges.length + ' edges with at least ' +
      sel.min + ' stance' + (sel.min === 1 ? '' : 's') + '. Speakers are blue circles, targets grey boxes.' +
      (N.withoutHolder ? ' ' + N.withoutHolder + ' stances have no identified holder and are not drawn.' : '');
    if (cy) { cy.destroy(); }
    cy = cytoscape({
      container: document.getElementById('cy'),
      elements: nodes.concat(edges),
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'width': 'data(size)', 'height': 'data(size)',
          'font-size': 11, 'text-wrap': 'ellipsis', 'text-max-width': 160, 'text-valign': 'bottom',
          'text-margin-y': 3, 'color': '#1d2330' } },
        { selector: 'node[type = "speaker"]', style: { 'background-color': '#23507a', 'font-weight': 'bold' } },
        { selector: 'node[type = "target"]', style: { 'shape': 'round-rectangle', 'background-color': '#aab2bd' } },
        { selector: 'edge', style: { 'width': 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'opacity': 0.8, 'overlay-padding': 4 } },
        { selector: 'edge:selected', style: { 'opacity': 1, 'underlay-color': '#f5c400', 'underlay-opacity': 0.6,
          'underlay-padding': 4 } },
        { selector: '.faded', style: { 'opacity': 0.12 } }
      ],
      layout: { name: 'cose', randomize: false, animate: false, nodeRepulsion: function () { return 9000; },
        idealEdgeLength: function () { return 90; }, numIter: 1000 }
    });
    cy.on('tap', 'edge', function (ev) { showEdge(ev.target.data('index')); });
    cy.on('tap', 'node', function (ev) { showNode(ev.target); });
    cy.on('tap', function (ev) { if (ev.target === cy) { cy.elements().removeClass('faded'); } });
    window.QS_CY = cy; // for the end-to-end test
    document.getElementById('cy').setAttribute('data-edges', String(edges.length));
  }

  /** Lists the evidence of edge i, loading its chunk of evidence first. */
  function showEdge(i) {
    var e = N.edges[i];
    var chunk = Math.floor(i / N.chunk);
    var holder = N.nodes[e.s], target = N.nodes[e.t], polarity = N.polarities[e.p];
    panel.innerHTML = '<h3>' + esc(holder.label) + ' \u2192 ' + esc(target.label) + '</h3><p><span class="pol pol-' +
      polarity + '">' + polarity + '</span> ' + e.n + ' stance' + (e.n === 1 ? '' : 's') + ' in all outlets</p>' +
      '<p class="muted">loading the evidence\u2026</p>';
    load(chunk, function () {
      var sel = selection();
      var spans = window.QS_EVIDENCE[chunk][i % N.chunk].filter(function (s) { return sel.outlet < 0 || s[4] === sel.outlet; });
      var shown = window.QS_EVIDENCE[chunk][i % N.chunk].length;
      panel.querySelector('p.muted').outerHTML = '<ol class="evidence-list" data-edge="' + i + '">' + spans.map(function (s) {
        return '<li data-stance="' + esc(s[0]) + '"><q>' + esc(s[3]) + '</q><a href="index.html#/doc/' +
          encodeURIComponent(s[1]) + '/at/' + s[2] + '">' + esc(s[1]) + '</a> <span class="muted">' +
          esc(outletName(s[4])) + ' \u00b7 ' + esc(s[0]) + '</span></li>';
      }).join('') + '</ol>' + (shown < e.n ? '<p class="muted">The first ' + shown + ' of ' + e.n +
        ' stances; all are in csv/stances.csv.</p>' : '');
    });
  }

  function load(chunk, done) {
    if (window.QS_EVIDENCE && window.QS_EVIDENCE[chunk]) { done(); return; }
    var script = document.createElement('script');
    script.src = 'data/network-evidence-' + chunk + '.js';
    script.onload = done;
    script.onerror = function () { panel.innerHTML += '<p>Could not load ' + esc(script.src) + '.</p>'; };
    document.head.appendChild(script);
  }

  /** Fades everything but the node's edges and lists them. */
  function showNode(node) {
    var edges = node.connectedEdges();
    cy.elements().addClass('faded');
    node.closedNeighborhood().removeClass('faded');
    var rows = edges.map(function (edge) {
      var e = N.edges[edge.data('index')];
      return '<li><a href="#" data-edge="' + edge.data('index') + '">' + esc(N.nodes[e.s].label) + ' \u2192 ' +
        esc(N.nodes[e.t].label) + '</a> <span class="pol pol-' + N.polarities[e.p] + '">' + N.polarities[e.p] +
        '</span> ' + edge.data('n') + '</li>';
    });
    panel.innerHTML = '<h3>' + esc(node.data('label')) + '</h3><p class="muted">' + node.data('type') + ', ' +
      edges.length + ' edges shown</p><ul>' + rows.join('') + '</ul>';
  }
  panel.addEventListener('click', function (ev) {
    var link = ev.target.closest('a[data-edge]');
    if (link) { ev.preventDefault(); showEdge(Number(link.getAttribute('data-edge'))); }
  });

  minInput.value = defaultMinimum();
  document.getElementById('network-controls').addEventListener('change', render);
  document.getElementById('network-controls').addEventListener('submit', function (ev) { ev.preventDefault(); render(); });
  render();
})();
