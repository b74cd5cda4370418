// The visual timeline: an SVG time axis with zoom and pan, summits as marks in lanes (by country pair or by actor),
// status by colour and shape (planned and proposed hollow, overdue flagged), statements as a density band per month
// and, zoomed in to a year or less, as dots. Every mark links to its summit or statement. Data: /api/timeline and
// /api/statements. Without JavaScript the section stays hidden and the list below is the timeline.
(function () {
  'use strict';
  var root = document.getElementById('visual-timeline');
  if (!root || !window.fetch) return;
  var SVG = 'http://www.w3.org/2000/svg';
  var DAY = 86400000, YEAR = 365.25 * DAY;
  var STATUSES = ['held', 'planned', 'proposed', 'postponed', 'cancelled'];
  var state = { data: null, from: 0, to: 0, min: 0, max: 0, lanes: 'pair', statements: null, statementsKey: '' };

  function el(name, attrs, parent, ns) {
    var e = ns === false ? document.createElement(name) : document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }
  function text(parent, value) { parent.appendChild(document.createTextNode(value)); return parent; }
  function monthStart(iso) { return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, 1) - 9 * 3600000; } // KST month
  function label(ms) {
    var d = new Date(ms + 9 * 3600000);
    return d.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  }
  // "2025", "2025-10", "2025-10-18" as the start (or the end) of that span, KST; null when not one of those
  function bound(value, end) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec((value || '').trim());
    if (!m) return null;
    var y = +m[1], mo = m[2] ? +m[2] - 1 : 0, d = m[3] ? +m[3] : 1;
    if (end) { if (m[3]) d += 1; else if (m[2]) mo += 1; else y += 1; }
    return Date.UTC(y, mo, d) - 9 * 3600000;
  }
  function isoDay(ms) { return new Date(ms + 9 * 3600000).toISOString().slice(0, 10); }

  // ---- controls
  var bar = el('div', { 'class': 'tl-controls', role: 'toolbar', 'aria-label': 'Timeline view' }, root, false);
  function button(name, title, onClick) {
    var b = el('button', { type: 'button', 'class': 'secondary', title: title }, bar, false);
    text(b, name);
    b.addEventListener('click', onClick);
    return b;
  }
  button('← Earlier', 'Move the view back in time', function () { pan(-0.5); });
  button('Zoom in', 'Show a shorter span', function () { zoom(0.5); });
  button('Zoom out', 'Show a longer span', function () { zoom(2); });
  button('Later →', 'Move the view forward in time', function () { pan(0.5); });
  button('All', 'Show every year', function () { setView(state.min, state.max); });
  var laneLabel = el('label', { 'class': 'tl-lanes' }, bar, false);
  text(laneLabel, 'Lanes ');
  var laneSelect = el('select', { name: 'lanes' }, laneLabel, false);
  [['pair', 'by country pair'], ['actor', 'by actor'], ['status', 'by status']].forEach(function (o) {
    text(el('option', { value: o[0] }, laneSelect, false), o[1]);
  });
  laneSelect.addEventListener('change', function () { state.lanes = laneSelect.value; draw(); });
  var range = el('span', { 'class': 'tl-range', 'aria-live': 'polite' }, bar, false);
  var figure = el('div', { 'class': 'tl-figure' }, root, false);
  var legend = el('p', { 'class': 'tl-legend muted' }, root, false);
  legend.innerHTML = STATUSES.map(function (s) {
    return '<span class="tl-key tl-' + s + '">' + s + '</span>';
  }).join(' ') + ' <span class="tl-key tl-overdue">overdue — no report yet</span> · bars: statements per month; zoom to a year or less to see each statement.';

  // keep: put the view in the address (only for the reader's own zooming and panning, never on load)
  function setView(from, to, keep) {
    var span = Math.max(to - from, 20 * DAY);
    var maxSpan = Math.max(state.max - state.min, 20 * DAY) * 1.2;
    span = Math.min(span, maxSpan);
    var mid = (from + to) / 2;
    from = mid - span / 2; to = mid + span / 2;
    var pad = (state.max - state.min) * 0.1 + 30 * DAY;
    if (from < state.min - pad) { to += state.min - pad - from; from = state.min - pad; }
    if (to > state.max + pad) { from -= to - state.max - pad; to = state.max + pad; }
    state.from = from; state.to = to;
    if (keep !== false && history.replaceState) history.replaceState(null, '', '#view=' + isoDay(from) + '_' + isoDay(to));
    draw();
    loadStatements();
  }
  function zoom(factor) { var mid = (state.from + state.to) / 2, half = (state.to - state.from) * factor / 2; setView(mid - half, mid + half); }
  function pan(share) { var d = (state.to - state.from) * share; setView(state.from + d, state.to + d); }

  // ---- data
  fetch(root.getAttribute('data-timeline'), { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (data) {
      if (!data || (!data.summits.length && !data.statementsPerMonth.length)) return;
      state.data = data;
      var times = data.summits.map(function (s) { return Date.parse(s.start.earliestUtc); })
        .concat(data.statementsPerMonth.map(function (m) { return monthStart(m.month); }));
      state.min = Math.min.apply(null, times);
      state.max = Math.max.apply(null, times) + 31 * DAY;
      root.hidden = false;
      var hash = /#view=(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})/.exec(location.hash);
      var from = bound(root.getAttribute('data-from'), false), to = bound(root.getAttribute('data-to'), true);
      if (hash) setView(Date.parse(hash[1]), Date.parse(hash[2]) + DAY, false);
      else if (from || to) setView(from || state.min, to || state.max, false); // the page's own date filter
      else setView(Math.max(state.min, state.max - 10 * YEAR), state.max, false); // the last ten years first
    })
    .catch(function () { /* the list below is the timeline */ });

  function loadStatements() {
    if (root.getAttribute('data-kind') === 'summits' || state.to - state.from > 370 * DAY) { state.statements = null; return; }
    var key = isoDay(state.from) + '_' + isoDay(state.to);
    if (key === state.statementsKey) return;
    state.statementsKey = key;
    var url = new URL(root.getAttribute('data-statements'), location.href);
    url.searchParams.set('from', isoDay(state.from)); // the view's range replaces the page's own
    url.searchParams.set('to', isoDay(state.to));
    url.searchParams.set('pageSize', '200');
    fetch(url.toString(), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (page) { if (page && key === state.statementsKey) { state.statements = page; draw(); } })
      .catch(function () {});
  }

  // ---- drawing
  function laneKeys(s) {
    if (state.lanes === 'status') return [s.status];
    if (state.lanes === 'actor') return s.participants.length ? s.participants.map(function (p) { return p.name; }) : ['(no participants)'];
    return [s.countryPair || 'other'];
  }
  function shape(g, s, x, y) {
    var cls = 'tl-mark tl-' + s.status + (s.overdue ? ' tl-overdue' : '');
    var a = el('a', { href: s.url, 'class': 'tl-summit', 'data-summit': s.id, 'aria-label': s.title + ', ' + s.status + (s.overdue ? ', overdue — no report yet' : '') + ', ' + s.start.display }, g);
    text(el('title', {}, a), s.title + ' — ' + s.status + (s.overdue ? ' (overdue — no report yet)' : '') + ', ' + s.start.display + (s.location ? ', ' + s.location : ''));
    var hollow = s.status === 'planned' || s.status === 'proposed';
    if (s.status === 'proposed') el('path', { d: 'M' + x + ' ' + (y - 7) + 'l7 7l-7 7l-7-7z', 'class': cls + ' tl-hollow' }, a);
    else if (s.status === 'postponed') el('path', { d: 'M' + x + ' ' + (y - 7) + 'l7 12h-14z', 'class': cls }, a);
    else if (s.status === 'cancelled') el('path', { d: 'M' + (x - 6) + ' ' + (y - 6) + 'l12 12m0-12l-12 12', 'class': cls + ' tl-cross' }, a);
    else el('circle', { cx: x, cy: y, r: 6, 'class': cls + (hollow ? ' tl-hollow' : '') }, a);
    if (s.overdue) { el('circle', { cx: x, cy: y, r: 10, 'class': 'tl-overdue-ring' }, a); text(el('text', { x: x + 9, y: y - 7, 'class': 'tl-bang' }, a), '!'); }
    el('rect', { x: x - 10, y: y - 10, width: 20, height: 20, 'class': 'tl-hit' }, a); // a finger-sized target
  }

  function draw() {
    if (!state.data) return;
    var width = Math.max(280, figure.clientWidth || 600);
    var labelW = width < 500 ? 64 : 120, plotW = width - labelW - 8;
    var x = function (ms) { return labelW + (ms - state.from) / (state.to - state.from) * plotW; };
    var visible = state.data.summits.filter(function (s) {
      var t = Date.parse(s.start.earliestUtc); return t >= state.from && t <= state.to;
    });
    var lanes = {};
    visible.forEach(function (s) { laneKeys(s).forEach(function (k) { (lanes[k] = lanes[k] || []).push(s); }); });
    var names = Object.keys(lanes).sort(function (a, b) { return lanes[b].length - lanes[a].length || a.localeCompare(b); }).slice(0, 14);
    // Marks closer than a mark's width go to the next row of their lane (same-day summits never hide each other).
    var rowH = 18, top = 24, statementsRow = state.statements ? 26 : 0, densityH = 46, laneTop = {}, laneRows = {}, y = top;
    names.forEach(function (name) {
      var ends = [];
      lanes[name].sort(function (a, b) { return Date.parse(a.start.earliestUtc) - Date.parse(b.start.earliestUtc); }).forEach(function (s) {
        var mx = x(Date.parse(s.start.earliestUtc)), row = 0;
        while (ends[row] !== undefined && ends[row] > mx - 16) row++;
        ends[row] = mx; s._row = row;
      });
      laneTop[name] = y; laneRows[name] = Math.max(1, ends.length); y += laneRows[name] * rowH + 8;
    });
    var lanesBottom = names.length ? y : top + 26;
    var height = lanesBottom + statementsRow + densityH + 8;
    var svg = el('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img', 'aria-label': 'Summits and statements from ' + label(state.from) + ' to ' + label(state.to), 'class': 'tl-svg' });

    // axis: years, or months when zoomed in
    // axis: years; months under three years; days under a hundred days (KST calendar)
    var span = state.to - state.from, d = new Date(state.from + 9 * 3600000);
    var unit = span < 100 * DAY ? 'day' : span < 3 * YEAR ? 'month' : 'year';
    var perLabel = span / (width / 64); // time one label may take
    var step = unit === 'day' ? Math.max(1, Math.ceil(perLabel / DAY)) : unit === 'month' ? (span < YEAR ? 1 : 3) : Math.max(1, Math.ceil(perLabel / YEAR));
    var tick = unit === 'day' ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) : unit === 'month' ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) : Date.UTC(d.getUTCFullYear(), 0, 1);
    for (var i = 0; i < 400 && tick - 9 * 3600000 <= state.to; i++) {
      var td = new Date(tick), tx = x(tick - 9 * 3600000);
      var show = unit === 'day' ? Math.round(tick / DAY) % step === 0 : unit === 'month' ? td.getUTCMonth() % step === 0 : td.getUTCFullYear() % step === 0;
      if (show && tx >= labelW && tx <= width - 34) {
        el('line', { x1: tx, x2: tx, y1: top - 6, y2: height - 4, 'class': 'tl-grid' }, svg);
        text(el('text', { x: tx + 3, y: top - 10, 'class': 'tl-tick' }, svg), unit === 'day' ? td.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })
          : unit === 'month' ? td.toLocaleDateString('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' }) : String(td.getUTCFullYear()));
      }
      tick = unit === 'day' ? tick + DAY : unit === 'month' ? Date.UTC(td.getUTCFullYear(), td.getUTCMonth() + 1, 1) : Date.UTC(td.getUTCFullYear() + 1, 0, 1);
    }
    names.forEach(function (name) {
      var ly = laneTop[name] + 4 + rowH / 2;
      el('line', { x1: labelW, x2: width - 8, y1: ly, y2: ly, 'class': 'tl-lane' }, svg);
      text(el('text', { x: 4, y: ly + 4, 'class': 'tl-lane-label' }, svg), name.length > (labelW / 7) ? name.slice(0, Math.floor(labelW / 7) - 1) + '…' : name);
      var g = el('g', { 'class': 'tl-lane-marks' }, svg);
      lanes[name].forEach(function (s) { shape(g, s, x(Date.parse(s.start.earliestUtc)), ly + s._row * rowH); });
    });
    if (!names.length) text(el('text', { x: labelW, y: top + 16, 'class': 'tl-empty' }, svg), 'No summits in this span.');
    var y0 = lanesBottom;
    if (state.statements) {
      var sy = y0 + 13;
      text(el('text', { x: 4, y: sy + 4, 'class': 'tl-lane-label' }, svg), 'Statements');
      state.statements.items.forEach(function (st) {
        if (!st.said) return;
        var a = el('a', { href: st.url, 'class': 'tl-statement', 'aria-label': (st.speaker ? st.speaker.name : st.speakerText || 'unknown') + ', ' + st.said.display }, svg);
        text(el('title', {}, a), (st.speaker ? st.speaker.name : st.speakerText || 'Unknown') + ', ' + st.said.display + ': ' + st.text);
        el('circle', { cx: x(Date.parse(st.said.earliestUtc)), cy: sy, r: 3.5, 'class': 'tl-dot' }, a);
      });
      y0 += statementsRow;
    }
    // density: statements per month
    var months = state.data.statementsPerMonth.filter(function (m) { var t = monthStart(m.month); return t + 31 * DAY >= state.from && t <= state.to; });
    var peak = Math.max.apply(null, months.map(function (m) { return m.statements; }).concat([1]));
    text(el('text', { x: 4, y: y0 + densityH / 2 + 4, 'class': 'tl-lane-label' }, svg), 'Per month');
    months.forEach(function (m) {
      var t = monthStart(m.month), x1 = Math.max(labelW, x(t)), x2 = Math.min(width - 8, x(t + 30 * DAY));
      var h = Math.max(1, (densityH - 8) * m.statements / peak);
      if (x2 > x1) text(el('title', {}, el('rect', { x: x1, y: y0 + densityH - 4 - h, width: Math.max(1, x2 - x1 - 1), height: h, 'class': 'tl-density' }, svg)), m.month + ': ' + m.statements + ' statements');
    });
    figure.replaceChildren(svg);
    range.textContent = label(state.from) + ' – ' + label(state.to) + ' · ' + visible.length + ' summits' +
      (state.statements ? ' · ' + state.statements.items.length + (state.statements.next ? '+' : '') + ' statements' : '');
  }

  // drag to pan, Ctrl+wheel to zoom, double-click to zoom in
  var drag = null;
  figure.addEventListener('pointerdown', function (e) { if (e.target.closest && e.target.closest('a')) return; drag = { x: e.clientX, from: state.from, to: state.to }; });
  window.addEventListener('pointerup', function () { if (drag) { drag = null; loadStatements(); } });
  figure.addEventListener('pointermove', function (e) {
    if (!drag) return;
    var w = figure.clientWidth || 600, d = (e.clientX - drag.x) / w * (drag.to - drag.from);
    state.from = drag.from - d; state.to = drag.to - d; draw();
  });
  figure.addEventListener('wheel', function (e) { if (!e.ctrlKey) return; e.preventDefault(); zoom(e.deltaY < 0 ? 0.8 : 1.25); }, { passive: false });
  figure.addEventListener('dblclick', function () { zoom(0.5); });
  var resized; window.addEventListener('resize', function () { clearTimeout(resized); resized = setTimeout(draw, 100); });
})();
