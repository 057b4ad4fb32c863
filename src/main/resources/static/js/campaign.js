// 专项整治: the 日报 totals per day (inspections, problems found, cases opened and closed) as lines, from the JSON on
// the chart's element; the names come from the page (zh_CN or English).
(function () {
  'use strict';
  var el = document.getElementById('campaign-chart');
  if (!el || !window.echarts) { return; }
  var names = el.dataset.names.split(',');
  var chart = echarts.init(el);
  fetch(el.dataset.url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); })
    .then(function (data) {
      var keys = ['inspections', 'problems', 'casesOpened', 'casesClosed'];
      chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 40, right: 20, top: 35, bottom: 25 },
        xAxis: { type: 'category', data: data.days },
        yAxis: { type: 'value', min: 0 },
        series: keys.map(function (k, i) { return { name: names[i], type: 'line', data: data[k] }; })
      });
      el.setAttribute('data-days', String(data.days.length));
    });
  window.addEventListener('resize', function () { chart.resize(); });
})();
