// Live ingest: orders/s from the delta of order-ingest's accepted-orders counter, and each consumer's lag.
import { getText } from '../api.js';
import { lagByConsumer, parse, sum } from '../prometheus.js';
import { draw } from '../charts.js';
import { fmt, status } from '../format.js';

const HISTORY = 120;
const LAG_SERVICES = [['metrics', 'metrics-service'], ['matrix', 'matrix-service'], ['clearance', 'clearance-service']];

export function liveView() {
  let previous = null;
  const rates = [];

  async function ingestRate() {
    const samples = parse(await getText('ingest', 'q/metrics'));
    const accepted = sum(samples, 'shelfwise_ingest_events_total', { outcome: 'accepted', type: 'orders' });
    const now = Date.now();
    if (previous && accepted >= previous.accepted && now > previous.at) {
      rates.push([now, (accepted - previous.accepted) / ((now - previous.at) / 1000)]);
      if (rates.length > HISTORY) rates.shift();
    }
    previous = { at: now, accepted };
    const rate = rates.length ? rates[rates.length - 1][1] : null;
    document.getElementById('ingest-rate').textContent = rate === null ? '…' : fmt.dec(rate, rate < 10 ? 1 : 0);
    document.getElementById('ingest-total').textContent = `${fmt.int(accepted)} orders accepted since order-ingest started`;
    draw('ingest-chart', {
      title: { text: 'orders accepted / s', textStyle: { fontSize: 13 } },
      grid: { left: 50, right: 16, top: 36, bottom: 28 },
      tooltip: { trigger: 'axis' },
      // at least the last minute, so one sample does not stretch the axis over days
      xAxis: { type: 'time', splitNumber: 4, min: Math.min(rates.length ? rates[0][0] : now, now - 60_000), max: now },
      yAxis: { type: 'value', min: 0 },
      series: [{ type: 'line', showSymbol: false, areaStyle: { opacity: 0.2 }, data: rates }],
    });
  }

  async function consumerLag() {
    const rows = [];
    const missing = [];
    await Promise.all(LAG_SERVICES.map(async ([path, name]) => {
      try {
        for (const [consumer, lag] of lagByConsumer(parse(await getText(path, 'q/metrics')))) {
          rows.push({ label: `${name} · ${consumer}`, lag });
        }
      } catch (e) {
        missing.push(name);
      }
    }));
    rows.sort((a, b) => a.label.localeCompare(b.label));
    draw('lag-chart', {
      title: { text: 'consumer lag (records behind)', textStyle: { fontSize: 13 },
        subtext: missing.length ? `no answer from ${missing.join(', ')}` : '' },
      grid: { left: 200, right: 40, top: missing.length ? 48 : 36, bottom: 20 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', min: 0, minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map(r => r.label), axisLabel: { fontSize: 11 } },
      series: [{ type: 'bar', data: rows.map(r => r.lag), label: { show: true, position: 'right' },
        itemStyle: { color: '#5c7cfa' } }],
    });
  }

  return {
    async refresh() {
      const results = await Promise.allSettled([ingestRate(), consumerLag()]);
      const failed = results.find(r => r.status === 'rejected');
      status('live-status', failed ? failed.reason.message : '', Boolean(failed));
    },
  };
}
