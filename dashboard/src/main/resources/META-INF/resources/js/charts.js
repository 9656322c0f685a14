// ECharts from the WebJar the dashboard is built with (served by the dashboard itself: no CDN, works offline).
import * as echarts from '/webjars/echarts/dist/echarts.esm.min.js';

const charts = new Map();

/** The chart in the element with this id, created once; SVG so every mark is a real element of the page. */
export function chartIn(id) {
  let chart = charts.get(id);
  if (!chart) {
    chart = echarts.init(document.getElementById(id), null, { renderer: 'svg' });
    charts.set(id, chart);
  }
  return chart;
}

/** Replaces a chart's content; no animation, since it is redrawn at every poll. */
export function draw(id, option) {
  chartIn(id).setOption({ animation: false, ...option }, true);
}

/** An empty chart that says why it is empty. */
export function drawMessage(id, message) {
  draw(id, {
    title: { text: message, left: 'center', top: 'middle', textStyle: { color: '#9aa5b1', fontSize: 14, fontWeight: 'normal' } },
  });
}

window.addEventListener('resize', () => charts.forEach(chart => chart.resize()));
