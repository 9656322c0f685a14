// Sales distribution health: Lorenz curve, SKUs by GMV, top-k shares, Gini, HHI, status, and the firing alerts with
// their delivery to the webhook receivers.
import { getJson } from '../api.js';
import { draw, drawMessage } from '../charts.js';
import { addDays, delivery, fmt, h, status } from '../format.js';

const STATUS_LABEL = { healthy: 'healthy', warning: 'warning', 'over-concentrated': 'over-concentrated' };

export function healthView(context) {
  const windowPicker = document.getElementById('health-window');

  function range() {
    if (windowPicker.value === 'promotion') {
      return context.promotion ? { from: context.promotion.start, to: context.promotion.end } : null;
    }
    return context.dataDay ? { from: addDays(context.dataDay, 1 - Number(windowPicker.value)), to: context.dataDay } : null;
  }

  function kpis(answer) {
    const tiles = [
      ['status', h('span', { class: `badge ${answer.status}`, id: 'health-badge' }, STATUS_LABEL[answer.status] || answer.status)],
      ['active SKUs', fmt.int(answer.activeSkus)],
      ['GMV', fmt.money(answer.gmv)],
      ['top 1 SKU', fmt.pct(answer.top1Share)],
      ['top 10 SKUs', fmt.pct(answer.top10Share)],
      ['top 1 % of SKUs', fmt.pct(answer.top1PctShare)],
      ['top 10 % of SKUs', fmt.pct(answer.top10PctShare)],
      ['Gini', fmt.dec(answer.gini, 3)],
      ['HHI', fmt.dec(answer.hhi, 0)],
    ];
    document.getElementById('health-kpis').replaceChildren(...tiles.map(([label, value]) =>
      h('div', { class: 'kpi', 'data-kpi': label }, h('span', { class: 'label' }, label), h('span', { class: 'value' }, value))));
  }

  function lorenz(answer) {
    draw('lorenz-chart', {
      title: { text: 'Lorenz curve of GMV over SKUs', textStyle: { fontSize: 13 },
        subtext: `Gini ${fmt.dec(answer.gini, 3)}: the further below the diagonal, the more concentrated` },
      grid: { left: 56, right: 24, top: 60, bottom: 44 },
      tooltip: { trigger: 'axis', valueFormatter: v => fmt.pct(v) },
      xAxis: { type: 'value', min: 0, max: 1, name: 'share of SKUs (smallest first)', nameLocation: 'middle', nameGap: 26,
        axisLabel: { formatter: v => `${Math.round(v * 100)} %` } },
      yAxis: { type: 'value', min: 0, max: 1, name: 'share of GMV', axisLabel: { formatter: v => `${Math.round(v * 100)} %` } },
      series: [
        { name: 'equality', type: 'line', data: [[0, 0], [1, 1]], showSymbol: false, silent: true,
          lineStyle: { type: 'dashed', color: '#9aa5b1' } },
        { name: 'Lorenz curve', type: 'line', data: answer.lorenz, showSymbol: false, smooth: false,
          lineStyle: { color: '#e8590c', width: 2 }, areaStyle: { color: 'rgba(232, 89, 12, 0.12)' } },
      ],
    });
  }

  function histogram(answer) {
    const short = n => {
      const value = Number(n);
      return value >= 1e6 ? `${value / 1e6}M` : value >= 1e3 ? `${value / 1e3}k` : String(value);
    };
    draw('histogram-chart', {
      title: { text: 'SKUs by GMV (the sales distribution curve)', textStyle: { fontSize: 13 },
        subtext: 'buckets are powers of ten of a SKU\'s GMV in the window' },
      grid: { left: 56, right: 24, top: 60, bottom: 44 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: ([p]) => {
        const bucket = answer.histogram[p.dataIndex];
        return `GMV ${fmt.money(bucket.lowerInclusive)} – ${fmt.money(bucket.upperExclusive)}<br>${fmt.int(bucket.skus)} SKUs,`
          + ` together ${fmt.money(bucket.gmv)} (${fmt.pct(bucket.gmv / answer.gmv)} of GMV)`;
      } },
      xAxis: { type: 'category', name: 'SKU GMV', nameLocation: 'middle', nameGap: 26,
        data: answer.histogram.map(b => `${short(b.lowerInclusive)}–${short(b.upperExclusive)}`) },
      yAxis: { type: 'value', name: 'SKUs', minInterval: 1 },
      series: [{ type: 'bar', data: answer.histogram.map(b => b.skus), itemStyle: { color: '#1c7ed6' },
        label: { show: true, position: 'top' } }],
    });
  }

  /** The firing over-concentration alerts, read this round by the page (metrics-service /v1/alerts). */
  function alerts() {
    const problems = context.metricsAlertsError ? [`alerts: ${context.metricsAlertsError.message}`] : [];
    const firing = [...context.metricsAlerts].sort((a, b) => String(b.startsAt).localeCompare(String(a.startsAt)));
    const body = document.querySelector('#alerts-table tbody');
    if (!firing.length) {
      body.replaceChildren(h('tr', {}, h('td', { colspan: 7, class: 'empty' }, 'no over-concentration alert is firing')));
      return problems;
    }
    body.replaceChildren(...firing.map(alert => h('tr', { 'data-alert-id': alert.id, 'data-kind': alert.kind,
      'data-scope': alert.scope },
      h('td', {}, h('span', { class: `badge ${alert.severity}` }, alert.severity)),
      h('td', {}, alert.kind),
      h('td', {}, `${alert.scope}${alert.window ? ` (${alert.window.from} – ${alert.window.to})` : ''}`),
      h('td', { class: 'started' }, `${fmt.time(alert.startsAt, context.timezone)} ${context.timezone}`),
      h('td', { class: 'figures' }, figures(alert)),
      h('td', {}, alert.summary),
      h('td', { class: 'delivery' }, delivery(alert, context.timezone)))));
    return problems;
  }

  function figures(alert) {
    const f = alert.figures || {};
    return [`top 1 % share ${fmt.pct(f.top1PctShare)} (level ${fmt.pct(f.threshold, 0)})`,
      `${fmt.int(f.activeSkus)} active SKUs`, `GMV ${fmt.money(f.gmv)}`, `Gini ${fmt.dec(f.gini, 3)}`,
      `HHI ${fmt.dec(f.hhi, 0)}`].map(text => h('div', {}, text));
  }

  async function refresh() {
    const problems = alerts();
    const span = range();
    if (!span) {
      document.getElementById('health-range').textContent = '';
      status('health-status', windowPicker.value === 'promotion' ? 'pick a promotion above' : 'waiting for the first orders');
      return;
    }
    document.getElementById('health-range').textContent = `${span.from} – ${span.to}`;
    try {
      const answer = await getJson('metrics', 'v1/concentration', span);
      kpis(answer);
      if (answer.activeSkus === 0) {
        drawMessage('lorenz-chart', 'no sales in this window');
        drawMessage('histogram-chart', 'no sales in this window');
      } else {
        lorenz(answer);
        histogram(answer);
      }
    } catch (e) {
      problems.push(e.message);
    }
    status('health-status', problems.join(' · '), problems.length > 0);
  }

  return {
    refresh,
    onControl(target) {
      if (target === windowPicker) refresh();
    },
  };
}
