// New-customer acquisition index: category × month, coloured by the five bands of DESIGN.md §4.
import { getJson } from '../api.js';
import { chartIn, draw, drawMessage } from '../charts.js';
import { fillSelect, fmt, h, status } from '../format.js';

/** Bright red → dark blue with white in the middle; too few orders grey and hatched. */
export const BANDS = [
  { code: 'very-high', label: 'very high (≥ 1.5)', color: '#e31a1c', text: '#ffffff' },
  { code: 'high', label: 'high (≥ 1.15)', color: '#fb9a99', text: '#1f2933' },
  { code: 'moderate', label: 'moderate', color: '#ffffff', text: '#1f2933' },
  { code: 'low', label: 'low (≤ 0.85)', color: '#a6cee3', text: '#1f2933' },
  { code: 'very-low', label: 'very low (≤ 0.6)', color: '#08306b', text: '#ffffff' },
  { code: 'insufficient-data', label: 'insufficient data (< 30 orders)', color: '#c8ccd0', text: '#52606d' },
];
const BAND = Object.fromEntries(BANDS.map(band => [band.code, band]));
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HATCH = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4,
  color: 'rgba(0, 0, 0, 0.28)' };

export function heatmapView(context, askedYear) {
  const picker = document.getElementById('heatmap-year');
  const thisYear = new Date().getUTCFullYear();
  const years = [];
  for (let year = thisYear + 1; year >= 2000; year--) years.push({ value: String(year) });
  fillSelect(picker, years, 0);
  picker.value = String(thisYear);
  let chosenByUser = false;
  if (askedYear && years.some(year => year.value === askedYear)) {
    picker.value = askedYear;
    chosenByUser = true;
  }

  document.getElementById('heatmap-legend').replaceChildren(...BANDS.map(band => h('li', { 'data-band': band.code },
    h('span', { class: `swatch${band.code === 'insufficient-data' ? ' hatched' : ''}`,
      style: `background-color: ${band.color}` }), band.label)));

  async function refresh() {
    if (!chosenByUser && context.dataDay) picker.value = context.dataDay.slice(0, 4);
    const year = picker.value;
    let table;
    try {
      table = await getJson('metrics', 'v1/indices/new-customer', { year });
    } catch (e) {
      status('heatmap-status', e.message, true);
      return;
    }
    document.getElementById('heatmap-site').textContent = table.siteOrders
      ? `site ${year}: ${fmt.int(table.siteOrders)} orders, ${fmt.int(table.siteNewCustomerOrders)} from new customers,`
        + ` site index ${fmt.dec(table.siteIndex, 4)}`
      : '';
    if (!table.cells.length) {
      status('heatmap-status', '');
      drawMessage('heatmap-chart', `no orders in ${year}`);
      return;
    }
    status('heatmap-status', 'index = (new-customer orders ÷ orders of the category in the month) ÷ site index;'
      + ' hover a cell for its figures');
    const categories = [...new Set(table.cells.map(cell => cell.category))].sort();
    // a row of readable height per category
    const element = document.getElementById('heatmap-chart');
    const height = `${Math.max(260, 42 * categories.length + 50)}px`;
    if (element.style.height !== height) {
      element.style.height = height;
      chartIn('heatmap-chart').resize();
    }
    const data = table.cells.map(cell => {
      const band = BAND[cell.band] || BAND['insufficient-data'];
      return {
        value: [Number(cell.month.slice(5, 7)) - 1, categories.indexOf(cell.category), cell.index],
        cell,
        itemStyle: { color: band.color, decal: cell.band === 'insufficient-data' ? HATCH : undefined },
        label: { color: band.text },
      };
    });
    draw('heatmap-chart', {
      grid: { left: 130, right: 20, top: 10, bottom: 30 },
      tooltip: {
        formatter: ({ data: { cell } }) => `<b>${cell.category}</b> · ${cell.month}<br>index ${fmt.dec(cell.index, 4)}`
          + ` (${cell.band})<br>${fmt.int(cell.newCustomerOrders)} new-customer orders of ${fmt.int(cell.orders)}`,
      },
      xAxis: { type: 'category', data: MONTHS, axisTick: { show: false }, axisLabel: { interval: 0 } },
      yAxis: { type: 'category', data: categories, inverse: true, axisTick: { show: false }, axisLabel: { interval: 0 } },
      series: [{
        type: 'heatmap',
        data,
        itemStyle: { borderColor: '#d9dde1', borderWidth: 1 },
        label: { show: true, fontSize: 12, formatter: ({ data: { cell } }) => (cell.index === null ? '–' : fmt.dec(cell.index, 2)) },
        emphasis: { itemStyle: { borderColor: '#102a43', borderWidth: 2 } },
      }],
    });
  }

  return {
    refresh,
    onControl(target) {
      if (target === picker) {
        chosenByUser = true;
        refresh();
      }
    },
  };
}
