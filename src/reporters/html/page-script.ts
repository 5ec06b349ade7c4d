// The html report's script, inlined in the page (no network at view time). It reads the findings from
// the page's JSON block and shows one page of them at a time, so 100,000 findings open in a moment.
// Every text from the data goes into the page as a text node (textContent), never as markup: a
// finding's text or a file name may hold `<script>`, quotes or bidi controls. Invisible and control
// characters are spelled out as `<U+200B>`, the same class src/reporters/show-invisible.ts spells out.
// Plain ES2020 in a string (no backquotes, no dollar-brace), so no build step stands between the
// source and the page.
export const PAGE_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('copydesk-data').textContent);
  var PAGE_SIZE = 100;
  var CLUSTERS_PER_PAGE = 20;
  var INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
  var SEVERITY = { 1: 'warning', 2: 'error' };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) appendVisible(node, text);
    return node;
  }

  /** Appends text with invisible characters spelled out and line breaks marked. */
  function appendVisible(parent, text) {
    var run = '';
    function flush() {
      if (run) parent.appendChild(document.createTextNode(run));
      run = '';
    }
    for (var ch of text) {
      if (ch === '\n') {
        flush();
        parent.appendChild(el('span', 'nl', '\u23CE'));
      } else if (ch === '\t') {
        run += ' ';
      } else if (INVISIBLE.test(ch)) {
        flush();
        var hex = ch.codePointAt(0).toString(16).toUpperCase();
        while (hex.length < 4) hex = '0' + hex;
        var mark = document.createElement('span');
        mark.className = 'inv';
        mark.textContent = '<U+' + hex + '>';
        parent.appendChild(mark);
      } else {
        run += ch;
      }
    }
    flush();
    return parent;
  }

  function placeOf(row) {
    var file = data.files[row[0]];
    return file.path + (row[5] ? '#' + row[5] : '') + ':' + row[3] + ':' + row[4];
  }

  function link(text, href) {
    var a = el(href ? 'a' : 'span', 'where', text);
    if (href) a.setAttribute('href', href);
    return a;
  }

  // ----- findings: filters and pages -----
  var ruleSelect = document.getElementById('f-rule');
  var severitySelect = document.getElementById('f-severity');
  var fileInput = document.getElementById('f-file');
  var textInput = document.getElementById('f-text');
  var list = document.getElementById('finding-list');
  var countLine = document.getElementById('finding-count');
  var pageLine = document.getElementById('finding-page');
  var previous = document.getElementById('finding-previous');
  var next = document.getElementById('finding-next');
  var shown = [];
  var page = 0;
  var haystacks = null;

  data.rules.forEach(function (id, i) {
    var option = document.createElement('option');
    option.value = String(i);
    option.textContent = id + ' (' + (data.ruleCounts[i].errors + data.ruleCounts[i].warnings) + ')';
    ruleSelect.appendChild(option);
  });

  /** Lower-cased message and text of each finding, made on the first text search. */
  function haystackOf(i) {
    if (!haystacks) haystacks = new Array(data.findings.length);
    var h = haystacks[i];
    if (h === undefined) {
      var row = data.findings[i];
      h = haystacks[i] = (data.messages[row[6]] + '\u0000' + row[8]).toLowerCase();
    }
    return h;
  }

  function applyFilters() {
    var rule = ruleSelect.value === '' ? -1 : Number(ruleSelect.value);
    var severity = Number(severitySelect.value || 0);
    var fileText = fileInput.value.toLowerCase();
    var text = textInput.value.toLowerCase();
    var fileOk = data.files.map(function (f) { return !fileText || f.path.toLowerCase().indexOf(fileText) >= 0; });
    shown = [];
    for (var i = 0; i < data.findings.length; i++) {
      var row = data.findings[i];
      if (rule >= 0 && row[1] !== rule) continue;
      if (severity && row[2] !== severity) continue;
      if (!fileOk[row[0]]) continue;
      if (text && haystackOf(i).indexOf(text) < 0) continue;
      shown.push(i);
    }
    page = 0;
    renderFindings();
  }

  function renderFindings() {
    var pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    var from = page * PAGE_SIZE;
    var to = Math.min(shown.length, from + PAGE_SIZE);
    var fragment = document.createDocumentFragment();
    for (var k = from; k < to; k++) fragment.appendChild(renderFinding(shown[k]));
    list.textContent = '';
    list.appendChild(fragment);
    list.setAttribute('start', String(from + 1));
    var range = 'Showing ' + (shown.length ? from + 1 : 0) + '\u2013' + to + ' of ' + shown.length;
    countLine.textContent = shown.length === data.findings.length
      ? range + ' findings'
      : range + ' matching findings (' + data.findings.length + ' in all)';
    pageLine.textContent = 'Page ' + (page + 1) + ' of ' + pages;
    previous.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }

  function renderFinding(i) {
    var row = data.findings[i];
    var item = el('li', 'finding sev-' + row[2]);
    item.setAttribute('data-index', String(i));
    var head = el('div', 'head');
    head.appendChild(link(placeOf(row), data.files[row[0]].href));
    head.appendChild(el('span', 'sev', SEVERITY[row[2]]));
    head.appendChild(el('span', 'rule', data.rules[row[1]]));
    item.appendChild(head);
    item.appendChild(el('div', 'msg', data.messages[row[6]]));
    if (row[8] || row[7] || row[9]) {
      var line = el('div', 'line');
      line.appendChild(el('span', 'ctx', row[7]));
      line.appendChild(el('mark', '', row[8]));
      line.appendChild(el('span', 'ctx', row[9]));
      item.appendChild(line);
    }
    if (row[10]) item.appendChild(renderFix(row[10]));
    if (row[11].length) {
      var suggestions = el('ul', 'suggestions');
      row[11].forEach(function (desc) { suggestions.appendChild(el('li', '', data.messages[desc])); });
      item.appendChild(suggestions);
    }
    if (row[12] >= 0) item.appendChild(renderPair(data.duplicates[row[12]], row));
    return item;
  }

  function renderFix(fix) {
    var box = el('div', 'fix', 'Fix: ');
    if (fix[0] !== null && fix[1] === '') {
      box.appendChild(document.createTextNode('delete '));
      box.appendChild(el('del', '', fix[0]));
    } else if (fix[0] !== null) {
      box.appendChild(el('del', '', fix[0]));
      box.appendChild(document.createTextNode(' \u2192 '));
      box.appendChild(el('ins', '', fix[1]));
    } else if (fix[1] === '') {
      box.appendChild(document.createTextNode('delete the flagged text'));
    } else {
      box.appendChild(document.createTextNode('replace with '));
      box.appendChild(el('ins', '', fix[1]));
    }
    return box;
  }

  // ----- duplicates: both copies side by side, the differences marked -----
  function renderPair(dup, row) {
    var pair = el('div', 'pair');
    var other = el('div', 'copy');
    var head = el('div', 'copy-head');
    head.appendChild(document.createTextNode('Other copy: '));
    head.appendChild(link(dup.otherWhere, dup.otherHref));
    if (dup.similarity !== undefined) head.appendChild(document.createTextNode(' (similarity ' + Math.round(dup.similarity * 100) + '%)'));
    other.appendChild(head);
    var mine = el('div', 'copy');
    var mineHead = el('div', 'copy-head');
    mineHead.appendChild(document.createTextNode('This copy: '));
    mineHead.appendChild(link(placeOf(row), data.files[row[0]].href));
    mine.appendChild(mineHead);
    var otherText = el('div', 'copy-text');
    var mineText = el('div', 'copy-text');
    if (dup.parts) {
      dup.parts.forEach(function (part) {
        if (part[0] <= 0) otherText.appendChild(part[0] < 0 ? el('del', '', part[1]) : el('span', '', part[1]));
        if (part[0] >= 0) mineText.appendChild(part[0] > 0 ? el('ins', '', part[1]) : el('span', '', part[1]));
      });
    } else {
      appendVisible(otherText, dup.otherText);
      appendVisible(mineText, row[8]);
    }
    other.appendChild(otherText);
    mine.appendChild(mineText);
    pair.appendChild(other);
    pair.appendChild(mine);
    if (dup.alsoAt.length) pair.appendChild(el('div', 'also', 'Also at: ' + dup.alsoAt.join(', ')));
    return pair;
  }

  var clusters = [];
  (function groupClusters() {
    var byPlace = new Map();
    data.duplicates.forEach(function (dup) {
      var cluster = byPlace.get(dup.otherWhere);
      if (!cluster) {
        cluster = { where: dup.otherWhere, copies: [] };
        byPlace.set(dup.otherWhere, cluster);
        clusters.push(cluster);
      }
      cluster.copies.push(dup);
    });
  })();
  var clusterPage = 0;
  var clusterList = document.getElementById('cluster-list');

  function renderClusters() {
    if (!clusterList) return;
    var pages = Math.max(1, Math.ceil(clusters.length / CLUSTERS_PER_PAGE));
    var fragment = document.createDocumentFragment();
    clusters.slice(clusterPage * CLUSTERS_PER_PAGE, (clusterPage + 1) * CLUSTERS_PER_PAGE).forEach(function (cluster) {
      var box = el('li', 'cluster');
      box.appendChild(el('div', 'cluster-head', cluster.where + ': ' + (cluster.copies.length + 1) + ' copies'));
      cluster.copies.forEach(function (dup) {
        var row = data.findings[dup.finding];
        var message = el('div', 'msg', data.messages[row[6]]);
        box.appendChild(message);
        box.appendChild(renderPair(dup, row));
      });
      fragment.appendChild(box);
    });
    clusterList.textContent = '';
    clusterList.appendChild(fragment);
    document.getElementById('cluster-page').textContent =
      'Page ' + (clusterPage + 1) + ' of ' + pages + ' (' + clusters.length + ' groups)';
    document.getElementById('cluster-previous').disabled = clusterPage === 0;
    document.getElementById('cluster-next').disabled = clusterPage >= pages - 1;
  }

  // ----- wiring -----
  var timer = 0;
  function later() {
    clearTimeout(timer);
    timer = setTimeout(applyFilters, 150);
  }
  // Enter in a search box would submit the form, which the page's policy forbids.
  document.getElementById('filters').addEventListener('submit', function (event) { event.preventDefault(); });
  ruleSelect.addEventListener('change', applyFilters);
  severitySelect.addEventListener('change', applyFilters);
  fileInput.addEventListener('input', later);
  textInput.addEventListener('input', later);
  previous.addEventListener('click', function () { page--; renderFindings(); list.scrollIntoView(); });
  next.addEventListener('click', function () { page++; renderFindings(); list.scrollIntoView(); });
  if (clusterList) {
    document.getElementById('cluster-previous').addEventListener('click', function () { clusterPage--; renderClusters(); });
    document.getElementById('cluster-next').addEventListener('click', function () { clusterPage++; renderClusters(); });
  }
  // The tables' "show" buttons filter the findings to a file, a rule or a text.
  document.body.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[data-filter]') : null;
    if (!button) return;
    fileInput.value = button.getAttribute('data-file') || '';
    textInput.value = button.getAttribute('data-text') || '';
    var rule = button.getAttribute('data-rule');
    ruleSelect.value = rule === null ? '' : String(data.rules.indexOf(rule));
    severitySelect.value = '';
    applyFilters();
    document.getElementById('findings').scrollIntoView();
  });
  // Texts in the static tables are written by the report in Node, already spelled out; the examples
  // of stray characters are filled in here from the findings.
  Array.prototype.forEach.call(document.querySelectorAll('[data-example]'), function (cell) {
    var row = data.findings[Number(cell.getAttribute('data-example'))];
    cell.appendChild(el('span', 'ctx', Array.from(row[7]).slice(-20).join('')));
    cell.appendChild(el('mark', '', row[8]));
    cell.appendChild(el('span', 'ctx', Array.from(row[9]).slice(0, 20).join('')));
  });
  applyFilters();
  renderClusters();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;
