// Product matrix of the chosen promotion: every SKU's role, types and pre-sale advice; a row opens its reasons.
// matrix-service answers one page: category and role are filtered there, type, pre-sale and SKU text on the page.
import { getJson } from '../api.js';
import { fillSelect, fmt, h, status } from '../format.js';

const MAX_ROWS = 300;

export function matrixView(context) {
  const controls = ['matrix-category', 'matrix-role', 'matrix-type', 'matrix-presale', 'matrix-search']
    .map(id => document.getElementById(id));
  const [categoryPicker, rolePicker, typePicker, presalePicker, search] = controls;
  const open = new Set();
  let matrix = null;

  search.addEventListener('input', () => render());

  function shown() {
    const text = search.value.trim().toLowerCase();
    return matrix.products.filter(p => (!typePicker.value || p.types.includes(typePicker.value))
      && (!presalePicker.value || p.presale === (presalePicker.value === 'yes'))
      && (!text || p.sku.toLowerCase().includes(text)));
  }

  function reasons(product) {
    return h('tr', { class: 'reasons', 'data-reasons-of': product.sku }, h('td', { colspan: 10 },
      product.advice ? h('p', {}, h('b', {}, 'advice: '), product.advice) : null,
      h('p', {}, `matched roles: ${product.matchedRoles.length ? product.matchedRoles.join(', ') : 'none (regular)'}`),
      h('table', {}, h('thead', {}, h('tr', {}, ['rule', 'metric', 'value', 'threshold', 'passed'].map(n => h('th', {}, n)))),
        h('tbody', {}, product.reasons.map(reason => h('tr', {},
          h('td', {}, reason.rule), h('td', {}, reason.metric),
          h('td', { class: 'num' }, typeof reason.value === 'number' ? fmt.dec(reason.value, 4) : JSON.stringify(reason.value)),
          h('td', {}, reason.threshold),
          h('td', { class: reason.passed === true ? 'pass' : reason.passed === false ? 'fail' : '' },
            reason.passed === true ? '✓' : reason.passed === false ? '✗' : `no data${reason.reason ? `: ${reason.reason}` : ''}`,
            reason.note ? ` (${reason.note})` : '')))))));
  }

  function render() {
    const body = document.querySelector('#matrix-table tbody');
    if (!matrix) {
      body.replaceChildren();
      return;
    }
    const products = shown();
    const rows = [];
    for (const product of products) {
      const facts = product.facts || {};
      rows.push(h('tr', { class: 'clickable', 'data-sku': product.sku, title: 'click for the reasons',
        onclick: () => {
          if (open.has(product.sku)) open.delete(product.sku); else open.add(product.sku);
          render();
        } },
        h('td', {}, product.sku), h('td', {}, product.category),
        h('td', {}, h('span', { class: `chip role-${product.role}` }, product.role)),
        h('td', {}, product.types.map(type => h('span', { class: 'chip' }, type))),
        h('td', {}, product.presale ? 'advised' : ''),
        h('td', { class: 'num' }, fmt.money(facts.gmv)), h('td', { class: 'num' }, fmt.money(facts.price)),
        h('td', { class: 'num' }, fmt.pct(facts.margin)), h('td', { class: 'num' }, fmt.pct(facts.conversion, 2)),
        h('td', { class: 'num' }, facts.rating ?? '–')));
      if (open.has(product.sku)) rows.push(reasons(product));
    }
    if (!products.length) rows.push(h('tr', {}, h('td', { colspan: 10, class: 'empty' }, 'no SKU matches the filters')));
    body.replaceChildren(...rows);
    status('matrix-status', `${fmt.int(products.length)} of ${fmt.int(matrix.count)} SKUs`
      + `${matrix.count > matrix.products.length ? ` (of the first ${fmt.int(matrix.products.length)})` : ''}`
      + `; figures over the ${matrix.statsWindowDays}`
      + ` days to ${matrix.asOf}; click a row for the rules it was judged on`);
  }

  function healthSummary(health) {
    const holder = document.getElementById('matrix-health');
    const mix = Object.entries(matrix.roleMix).filter(([, n]) => n > 0).map(([role, n]) => h('span', { class: 'chip' }, `${role} ${n}`));
    holder.replaceChildren(...[
      h('p', {}, 'role mix: ', mix),
      health ? h('p', {}, h('span', { class: `badge ${health.healthy ? 'healthy' : 'warning'}` },
        health.healthy ? 'matrix healthy' : 'matrix warnings'), ` core categories: ${health.coreCategories.join(', ') || '–'}`,
      health.degraded ? ` (degraded: ${health.reason})` : '') : null,
      health && health.warnings.length ? h('ul', { class: 'warnings' }, health.warnings.map(w => h('li', {}, w.message))) : null,
    ].filter(Boolean));
  }

  async function refresh() {
    if (!context.promotion) {
      matrix = null;
      render();
      document.getElementById('matrix-health').replaceChildren();
      status('matrix-status', 'pick a promotion above: the matrix is per promotion (matrix-service /v1/promotions)');
      return;
    }
    const id = encodeURIComponent(context.promotion.id);
    let health = null;
    let strategy = null;
    try {
      [matrix, health, strategy] = await Promise.all([
        getJson('matrix', `v1/promotions/${id}/matrix`, { category: categoryPicker.value, role: rolePicker.value, limit: MAX_ROWS }),
        getJson('matrix', `v1/promotions/${id}/matrix/health`).catch(() => null),
        getJson('matrix', `v1/promotions/${id}/categories`).catch(() => null)]);
    } catch (e) {
      status('matrix-status', e.message, true);
      return;
    }
    // every category of the promotion's strategy; the page's own when the strategy cannot be read
    const categories = strategy ? strategy.categories.map(c => c.category) : matrix.products.map(p => p.category);
    fillSelect(categoryPicker, [...new Set(categories)].sort().map(value => ({ value })));
    fillSelect(rolePicker, Object.keys(matrix.roleMix).map(value => ({ value })));
    healthSummary(health);
    render();
  }

  return {
    refresh,
    onControl(target) {
      // category and role are filtered by matrix-service: a new page; the other filters apply to this one
      if (target === categoryPicker || target === rolePicker) refresh();
      else if (controls.includes(target)) render();
    },
  };
}
