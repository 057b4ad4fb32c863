// The supervision dashboard's charts: each reads its JSON from the URL on its element (the page's own filters) and is
// drawn again whenever htmx swaps the board for new filters. ECharts for the trend and the stages, Leaflet for the
// map of cases per unit grid (a circle at each grid's centre, larger and redder with more cases).
(function () {
  'use strict';
  var settings = document.getElementById('map-settings');
  var charts = [];
  var map = null;

  function get(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); });
  }

  function trend(el) {
    var chart = echarts.init(el);
    charts.push(chart);
    get(el.dataset.url).then(function (data) {
      var series = data.series.map(function (s) {
        return { name: s.name, type: 'line', yAxisIndex: 0, connectNulls: false, data: s.data };
      });
      series.push({ name: data.casesName, type: 'bar', yAxisIndex: 1, data: data.cases, itemStyle: { opacity: 0.35 } });
      chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: { top: 0, type: 'scroll' },
        grid: { left: 40, right: 45, top: 40, bottom: 25 },
        xAxis: { type: 'category', data: data.months },
        yAxis: [{ type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }, { type: 'value', min: 0 }],
        series: series
      });
      el.setAttribute('data-months', String(data.months.length));
    });
  }

  function stages(el) {
    var chart = echarts.init(el);
    charts.push(chart);
    get(el.dataset.url).then(function (data) {
      chart.setOption({
        tooltip: {},
        grid: { left: 50, right: 30, top: 10, bottom: 25 },
        xAxis: { type: 'value', min: 0 },
        yAxis: { type: 'category', inverse: true, data: data.map(function (d) { return d.name; }) },
        series: [{ type: 'bar', data: data.map(function (d) { return d.value; }), label: { show: true, position: 'right' } }]
      });
    });
  }

  function heat(el) {
    if (map) { map.remove(); }
    map = L.map(el, { preferCanvas: true });
    if (settings.dataset.tileUrl) {
      L.tileLayer(settings.dataset.tileUrl, {
        subdomains: settings.dataset.tileSubdomains, attribution: settings.dataset.tileAttribution, maxZoom: 18
      }).addTo(map);
    }
    var outlines = JSON.parse(settings.dataset.outlines);
    var bounds = null;
    ['STREET', 'DISTRICT'].forEach(function (level) {
      var layer = L.geoJSON(outlines[level], {
        style: { color: level === 'DISTRICT' ? '#6c757d' : '#adb5bd', weight: level === 'DISTRICT' ? 2 : 1, fill: false },
        interactive: false
      }).addTo(map);
      if (outlines[level].features.length) { bounds = bounds ? bounds.extend(layer.getBounds()) : layer.getBounds(); }
    });
    if (bounds) { map.fitBounds(bounds); } else { map.setView([34.7, 113.6], 12); }
    get(el.dataset.url).then(function (points) {
      var most = points.reduce(function (m, p) { return Math.max(m, p.cases); }, 1);
      points.forEach(function (p) {
        var share = p.cases / most;
        L.circleMarker([p.lat, p.lon], {
          radius: 3 + 9 * Math.sqrt(share), weight: 0,
          fillColor: 'hsl(' + Math.round(50 - 50 * share) + ', 90%, 50%)', fillOpacity: 0.75
        }).bindTooltip(p.name + ' · ' + settings.dataset.cases + ' ' + p.cases).addTo(map);
      });
      el.setAttribute('data-points', String(points.length));
    });
  }

  function draw() {
    charts.forEach(function (c) { c.dispose(); });
    charts = [];
    var t = document.getElementById('trend-chart');
    if (t) { trend(t); }
    var s = document.getElementById('stage-chart');
    if (s) { stages(s); }
    var m = document.getElementById('grid-map');
    if (m) { heat(m); }
  }

  draw();
  // the board is the only thing swapped on this page: draw its charts again after each swap
  document.body.addEventListener('htmx:afterSettle', draw);
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
