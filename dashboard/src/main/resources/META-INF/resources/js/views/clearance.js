// Clearance: SKUs that need it with their ranked channel plans (CPA against the destruction floor), measured against
// estimated CPA per channel, and the restock and ads-only warnings with their delivery to the webhook receivers.
import { getJson } from '../api.js';
import { draw, drawMessage } from '../charts.js';
import { delivery, fmt, h, status } from '../format.js';

const MAX_ROWS = 100;

export function clearanceView(context) {
  let selected = null;

  function table(skus) {
    const body = document.querySelector('#clearance-table tbody');
    if (!skus.length) {
      body.replaceChildren(h('tr', {}, h('td', { colspan: 8, class: 'empty' }, 'no SKU needs clearance')));
      return;
    }
    body.replaceChildren(...skus.slice(0, MAX_ROWS).map(sku => {
      const best = sku.plan && sku.plan.ranking.length ? sku.plan.ranking[0] : null;
      return h('tr', { class: `clickable${sku.sku === selected ? ' selected' : ''}`, 'data-sku': sku.sku,
        onclick: () => {
          selected = sku.sku;
          refresh();
        } },
        h('td', {}, sku.sku), h('td', { class: 'num' }, fmt.int(sku.onHand)), h('td', { class: 'num' }, sku.oldestAgeDays),
        h('td', { class: 'num' }, fmt.int(sku.unitsToClear)), h('td', {}, sku.recommendedChannel || 'destroy or liquidate'),
        h('td', { class: 'num' }, best ? fmt.money(best.cpa) : '–'),
        h('td', { class: 'num' }, sku.plan ? fmt.money(sku.plan.destructionFloor) : '–'),
        h('td', { class: 'note' }, [...sku.reasons, ...sku.planProblems.map(p => p.message)].join('; ')));
    }));
  }

  function cpaChart(sku) {
    if (!sku || !sku.plan) {
      drawMessage('clearance-cpa-chart', sku ? `${sku.sku} cannot be planned` : 'pick a SKU');
      return;
    }
    const ranking = sku.plan.ranking;
    const floor = Number(sku.plan.destructionFloor);
    draw('clearance-cpa-chart', {
      title: { text: `${sku.sku}: channel plans ranked by CPA`, textStyle: { fontSize: 13 },
        subtext: `CPA = net cost per cleared order; a plan at or above the destruction floor (${fmt.money(floor)}) is not worth it` },
      grid: { left: 210, right: 70, top: 60, bottom: 30 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: ([p]) => {
        const rank = ranking[p.dataIndex];
        return `<b>#${rank.rank} ${rank.id}</b> (${rank.kind}, ${rank.cpaSource})<br>CPA ${fmt.money(rank.cpa)}`
          + `<br>conversion ${fmt.pct(rank.conversionRate, 2)}<br>${rank.reason}`;
      } },
      xAxis: { type: 'value', min: value => Math.floor(Math.min(0, value.min)), max: value => Math.ceil(Math.max(value.max, floor) * 1.1) },
      yAxis: { type: 'category', inverse: true, data: ranking.map(rank => `#${rank.rank} ${rank.id}`),
        axisLabel: { width: 200, overflow: 'truncate' } },
      series: [{
        type: 'bar',
        data: ranking.map(rank => ({ value: rank.cpa, itemStyle: { color: rank.viable ? '#2f9e44' : '#adb5bd' } })),
        label: { show: true, position: 'right', formatter: ({ value }) => (value === null || value === undefined ? 'no orders' : fmt.money(value)) },
        markLine: { symbol: 'none', lineStyle: { color: '#e03131', width: 2 },
          label: { formatter: `floor ${fmt.money(floor)}`, color: '#e03131', position: 'start' }, data: [{ xAxis: floor }] },
      }],
    });
  }

  async function measuredChart(sku) {
    if (!sku) {
      drawMessage('clearance-measured-chart', 'pick a SKU');
      return;
    }
    const answer = await getJson('clearance', `v1/clearance/skus/${encodeURIComponent(sku.sku)}/channels`);
    const channels = answer.channels.filter(c => c.estimate || c.measured);
    draw('clearance-measured-chart', {
      title: { text: `${sku.sku}: measured vs estimated CPA`, textStyle: { fontSize: 13 },
        subtext: `measured over ${answer.from} – ${answer.to}; it replaces the estimate from ${answer.minimumMeasuredOrders} orders on` },
      legend: { top: 40, data: ['estimated', 'measured'] },
      grid: { left: 210, right: 70, top: 70, bottom: 30 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: ([p]) => {
        const c = channels[p.dataIndex];
        const m = c.measured;
        return `<b>${c.id}</b> (${c.kind || 'natural sales'})<br>estimated CPA ${fmt.money(c.estimate && c.estimate.cpa)}`
          + `<br>measured CPA ${fmt.money(m && m.cpa)}${m ? ` over ${m.orders} orders, ad spend ${fmt.money(m.adSpend)}` : ''}`
          + `<br>the ranking uses: ${c.rankingUses || c.note || '–'}`;
      } },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: channels.map(c => `${c.id}${c.rankingUses ? ` (${c.rankingUses})` : ''}`),
        axisLabel: { width: 200, overflow: 'truncate' } },
      series: [
        { name: 'estimated', type: 'bar', itemStyle: { color: '#74c0fc' }, data: channels.map(c => (c.estimate ? c.estimate.cpa : null)) },
        { name: 'measured', type: 'bar', itemStyle: { color: '#1864ab' }, data: channels.map(c => (c.measured ? c.measured.cpa : null)) },
      ],
    });
  }

  async function warnings() {
    const alerts = await getJson('clearance', 'v1/alerts', { state: 'firing' });
    const holder = document.getElementById('clearance-warnings');
    const restock = alerts.filter(a => a.kind === 'restock-under-clearance');
    const other = alerts.filter(a => a.kind !== 'restock-under-clearance');
    const item = a => h('li', { 'data-alert-id': a.id },
      `${a.summary} (since ${fmt.time(a.startsAt, context.timezone)} ${context.timezone}) `, delivery(a, context.timezone));
    holder.replaceChildren(...[
      h('h3', {}, `Restock warnings (${restock.length})`),
      restock.length ? h('ul', { class: 'warnings' }, restock.map(item))
        : h('p', { class: 'empty' }, 'no purchase order restocks a SKU under clearance'),
      other.length ? h('h3', {}, `Other clearance warnings (${other.length})`) : null,
      other.length ? h('ul', { class: 'warnings' }, other.map(item)) : null,
    ].filter(Boolean));
  }

  async function refresh() {
    const problems = [];
    let skus = [];
    try {
      // one page: the SKUs with the most units to clear (clearance-service answers a page, each SKU with its plan)
      skus = await getJson('clearance', 'v1/clearance/skus', { limit: MAX_ROWS });
    } catch (e) {
      problems.push(e.message);
    }
    if (!skus.some(sku => sku.sku === selected)) selected = skus.length ? skus[0].sku : null;
    const sku = skus.find(s => s.sku === selected) || null;
    table(skus);
    cpaChart(sku);
    const results = await Promise.allSettled([measuredChart(sku), warnings()]);
    results.filter(r => r.status === 'rejected').forEach(r => problems.push(r.reason.message));
    status('clearance-status', problems.length ? problems.join(' · ')
      : `${skus.length === MAX_ROWS ? `the first ${MAX_ROWS} SKUs that need clearance`
        : `${fmt.int(skus.length)} ${skus.length === 1 ? 'SKU needs' : 'SKUs need'} clearance`}, the most units to clear first;`
        + ' click one for its plans', problems.length > 0);
  }

  return { refresh };
}
