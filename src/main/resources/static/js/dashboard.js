// Draws each dashboard panel's chart with ECharts from the panel's own table (the JSON in #dashboard-data).
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('dashboard-data').textContent);
  // numbers as the page writes them in its language (Formats): 1.919 in Vietnamese, 1,919 in English
  var format = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'vi');

  function option(panel) {
    var table = panel.table;
    var series = table.series;
    var tooltip = { trigger: panel.kind === 'pie' ? 'item' : 'axis', valueFormatter: function (v) { return format.format(Math.abs(v)); } };
    if (panel.kind === 'pie') {
      return {
        tooltip: tooltip,
        legend: { bottom: 0 },
        series: [{ type: 'pie', radius: ['35%', '65%'], data: table.categories.map(function (c, i) {
          return { name: c, value: series[0].values[i] };
        }) }]
      };
    }
    if (panel.kind === 'pyramid') {
      return {
        tooltip: tooltip,
        legend: { bottom: 0 },
        grid: { left: 60, right: 20, top: 10, bottom: 40 },
        xAxis: { type: 'value', axisLabel: { formatter: function (v) { return format.format(Math.abs(v)); } } },
        yAxis: { type: 'category', data: table.categories },
        series: series.map(function (s, i) {
          return { name: s.name, type: 'bar', stack: 'sex', data: s.values.map(function (v) { return i === 0 ? -v : v; }) };
        })
      };
    }
    // many categories: their names slanted and cut with an ellipsis (the table below and the tooltip give them
    // whole), never overlapping nor broken inside a word
    var many = table.categories.length > 8;
    return {
      tooltip: tooltip,
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 10, right: 20, top: 10, bottom: many ? 50 : 35, containLabel: true },
      xAxis: { type: 'category', data: table.categories, axisLabel: many
        ? { interval: 0, rotate: 30, width: 130, overflow: 'truncate', hideOverlap: true }
        : { interval: 0, width: 110, overflow: 'break', hideOverlap: true } },
      yAxis: { type: 'value', axisLabel: { formatter: function (v) { return format.format(v); } } },
      series: series.map(function (s) {
        return { name: s.name, type: panel.kind === 'line' ? 'line' : 'bar', stack: panel.kind === 'stacked' ? 'all' : undefined, data: s.values };
      })
    };
  }

  document.querySelectorAll('.dashboard-chart').forEach(function (element) {
    var panel = data[Number(element.dataset.index)];
    var chart = echarts.init(element, null, { renderer: 'svg' });
    var settings = option(panel);
    // drawn at once: a figure on the screen is the figure in the table, not a frame of an animation
    settings.animation = false;
    chart.setOption(settings);
    element.dataset.rendered = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
