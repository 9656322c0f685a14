// Category strategy: explosion coefficients ranked with the candidate / long-tail cut, cross-category penetration
// beside them, and, for a promotion of matrix-service, its core / auxiliary / long-tail tiers with every factor.
import { getJson } from '../api.js';
import { draw, drawMessage } from '../charts.js';
import { addDays, fmt, h, status } from '../format.js';

const TIER_COLOURS = { core: '#e03131', auxiliary: '#f59f00', 'long-tail': '#adb5bd', candidate: '#1c7ed6' };
const DEFAULT_DAYS = 3;
const DEFAULT_TOP = 3;

export function strategyView(context) {
  const topInput = document.getElementById('explosion-top');
  let topChosenByUser = false;

  function analysedWindow() {
    if (context.promotion) {
      return { start: context.promotion.start, end: context.promotion.end, name: context.promotion.name };
    }
    if (!context.dataDay) return null;
    return { start: addDays(context.dataDay, 1 - DEFAULT_DAYS), end: context.dataDay, name: `the last ${DEFAULT_DAYS} days of data` };
  }

  async function explosion(range, tiers) {
    if (!topChosenByUser) topInput.value = context.promotion ? context.promotion.coreCount : DEFAULT_TOP;
    const top = Math.max(1, Number(topInput.value) || 1);
    const rows = await getJson('metrics', 'v1/categories/explosion', { start: range.start, end: range.end, top });
    if (!rows.length) {
      drawMessage('explosion-chart', 'no sales in this window');
      return;
    }
    const candidates = rows.filter(row => row.tier === 'candidate').length;
    const colour = row => TIER_COLOURS[(tiers && tiers[row.category]) || row.tier];
    draw('explosion-chart', {
      title: { text: 'explosion coefficient (promotion ÷ reference daily sales)', textStyle: { fontSize: 13 },
        subtext: tiers ? 'colour: the promotion\'s tier (core, auxiliary, long-tail)' : 'blue: candidates for core; grey: long-tail' },
      grid: { left: 120, right: 110, top: 56, bottom: 24 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: ([p]) => {
        const row = rows[p.dataIndex];
        return `<b>#${row.rank} ${row.category}</b> (${row.tier}${tiers ? `, ${tiers[row.category] || '?'}` : ''})<br>`
          + `coefficient ${fmt.dec(row.coefficient, 4)}<br>promotion ${fmt.money(row.promoDailySales)} / day<br>`
          + `reference ${fmt.money(row.referenceDailySales)} / day${row.note ? `<br>${row.note}` : ''}`;
      } },
      xAxis: { type: 'value', min: 0, axisLine: { onZero: false } },
      yAxis: [{ type: 'category', inverse: true, data: rows.map(row => `#${row.rank} ${row.category}`) },
        { type: 'value', inverse: true, min: -0.5, max: rows.length - 0.5, show: false }],
      series: [{
        type: 'bar',
        data: rows.map(row => ({ value: row.coefficient, itemStyle: { color: colour(row) } })),
        label: { show: true, position: 'right', formatter: ({ value }) => fmt.dec(value, 2) },
      }, {
        // the cut between the last candidate and the first long-tail category, on a hidden value axis that lines
        // up with the category bands (a category axis would round the position to a band's centre)
        type: 'line', yAxisIndex: 1, data: [], silent: true,
        markLine: candidates > 0 && candidates < rows.length ? {
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#102a43', width: 2 },
          label: { formatter: `top ${candidates} cut\nlong-tail below`, position: 'end', color: '#102a43' },
          data: [{ yAxis: candidates - 0.5 }],
        } : undefined,
      }],
    });
  }

  async function penetration() {
    const params = context.dataDay ? { from: addDays(context.dataDay, -364), to: context.dataDay } : {};
    const rows = (await getJson('metrics', 'v1/indices/cross-category', params))
      .filter(row => row.rate !== null).sort((a, b) => b.rate - a.rate);
    if (!rows.length) {
      drawMessage('penetration-chart', 'no customers in the last 365 days of data');
      return;
    }
    draw('penetration-chart', {
      title: { text: 'cross-category penetration (last 365 days of data)', textStyle: { fontSize: 13 },
        subtext: 'customers who also bought another category' },
      grid: { left: 120, right: 60, top: 56, bottom: 24 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: ([p]) => {
        const row = rows[p.dataIndex];
        return `<b>${row.category}</b><br>${fmt.pct(row.rate)}: ${fmt.int(row.crossCustomers)} of ${fmt.int(row.customers)} customers`;
      } },
      xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: v => `${Math.round(v * 100)} %` } },
      yAxis: { type: 'category', inverse: true, data: rows.map(row => row.category) },
      series: [{ type: 'bar', data: rows.map(row => row.rate), itemStyle: { color: '#7048e8' },
        label: { show: true, position: 'right', formatter: ({ value }) => fmt.pct(value) } }],
    });
  }

  async function strategy() {
    const holder = document.getElementById('strategy-table');
    if (!context.promotion) {
      holder.replaceChildren(h('p', { class: 'empty' }, 'Pick a promotion of matrix-service above for its goal-weighted'
        + ' core / auxiliary / long-tail tiers (none is defined yet? PUT one to matrix-service /v1/promotions/{id}).'));
      return null;
    }
    const answer = await getJson('matrix', `v1/promotions/${encodeURIComponent(context.promotion.id)}/categories`);
    const rows = answer.categories.map(category => h('tr', {},
      h('td', { class: 'num' }, category.rank),
      h('td', {}, category.category),
      h('td', {}, h('span', { class: `chip ${category.tier}` }, category.tier)),
      h('td', { class: 'num' }, fmt.dec(category.score, 3)),
      h('td', {}, category.factors.map(f => h('span', { class: 'chip', title: `${f.source || 'no data'}${f.note ? ` · ${f.note}` : ''}` },
        `${f.factor} ${f.value === null ? 'n/a' : Math.abs(f.value) >= 1000 ? fmt.int(f.value) : fmt.dec(f.value, 3)}`
          + ` × ${fmt.dec(f.effectiveWeight, 2)}`))),
      h('td', { class: 'note' }, category.note || '')));
    holder.replaceChildren(
      h('h3', {}, `Strategy of ${context.promotion.name}: goal ${answer.goal}, ${answer.coreCount} core,`
        + ` ${answer.auxiliaryCount} auxiliary`),
      ...(answer.degraded ? [h('p', { class: 'status error' }, `degraded: ${answer.reason}`)] : []),
      h('table', {}, h('thead', {}, h('tr', {}, ['rank', 'category', 'tier', 'score', 'factors (value × weight)', 'note']
        .map(name => h('th', {}, name)))), h('tbody', {}, rows)));
    return Object.fromEntries(answer.categories.map(category => [category.category, category.tier]));
  }

  async function refresh() {
    const range = analysedWindow();
    if (!range) {
      status('strategy-status', 'waiting for the first orders');
      return;
    }
    document.getElementById('strategy-window').textContent = `window ${range.start} – ${range.end} (${range.name});`
      + ' reference: the 365 days before';
    const problems = [];
    let tiers = null;
    try {
      tiers = await strategy();
    } catch (e) {
      problems.push(`strategy: ${e.message}`);
    }
    const results = await Promise.allSettled([explosion(range, tiers), penetration()]);
    results.filter(r => r.status === 'rejected').forEach(r => problems.push(r.reason.message));
    status('strategy-status', problems.join(' · '), problems.length > 0);
  }

  return {
    refresh,
    onControl(target) {
      if (target === topInput) {
        topChosenByUser = true;
        refresh();
      }
    },
  };
}
