// The dashboard: every view polls through the proxy every few seconds and redraws in place (no page reload).
import { freshness, getJson, ServiceError } from './api.js';
import { fillSelect, fmt, shopDay, status } from './format.js';
import { liveView } from './views/live.js';
import { heatmapView } from './views/heatmap.js';
import { strategyView } from './views/strategy.js';
import { healthView } from './views/health.js';
import { matrixView } from './views/matrix.js';
import { clearanceView } from './views/clearance.js';

const SERVICES = [['ingest', 'order-ingest'], ['metrics', 'metrics-service'], ['matrix', 'matrix-service'],
  ['clearance', 'clearance-service']];

/** What the views share: the data's "today", the chosen promotion and the alerts read this round. */
const context = {
  dataDay: null,
  timezone: 'UTC',
  promotions: [],
  promotion: null,
  metricsAlerts: [],
  metricsAlertsError: null,
};

// a bookmarkable page: ?promotion=<id>&year=<yyyy> pick them at the start
const asked = new URLSearchParams(window.location.search);

let promotionChosen = false;

const views = [liveView(context), heatmapView(context, asked.get('year')), strategyView(context), healthView(context),
  matrixView(context), clearanceView(context)];

async function refreshShared() {
  // firing over-concentration alerts: small, and its headers say how far the data goes
  try {
    context.metricsAlerts = await getJson('metrics', 'v1/alerts', { state: 'firing' });
    context.metricsAlertsError = null;
  } catch (e) {
    context.metricsAlerts = [];
    context.metricsAlertsError = e;
  }
  if (freshness.completeThrough) {
    context.timezone = freshness.timezone;
    context.dataDay = shopDay(freshness.completeThrough, freshness.timezone);
    document.getElementById('complete-through').textContent =
      `${fmt.time(freshness.completeThrough, freshness.timezone)} ${freshness.timezone}`;
  } else if (!context.metricsAlertsError) {
    document.getElementById('complete-through').textContent = 'no orders yet';
  }
  try {
    context.promotions = await getJson('matrix', 'v1/promotions');
  } catch (e) {
    context.promotions = [];
  }
  const picker = document.getElementById('promotion');
  fillSelect(picker, context.promotions.map(p => ({ value: p.id, label: `${p.name} (${p.start} – ${p.end}, ${p.goal})` })));
  if (asked.has('promotion') && context.promotions.some(p => p.id === asked.get('promotion'))) {
    picker.value = asked.get('promotion');
    asked.delete('promotion');
    promotionChosen = true;
  }
  if (!promotionChosen && picker.value === '' && context.dataDay) {
    // until someone picks, the promotion running on the data's "today"
    const running = context.promotions.find(p => p.start <= context.dataDay && context.dataDay <= p.end);
    if (running) picker.value = running.id;
  }
  context.promotion = context.promotions.find(p => p.id === picker.value) || null;
}

async function refreshServices() {
  const list = document.getElementById('services');
  const states = await Promise.all(SERVICES.map(async ([path, name]) => {
    try {
      await getJson(path, 'q/health/ready');
      return [name, 'up', 'ready'];
    } catch (e) {
      return [name, 'down', e instanceof ServiceError ? e.message : String(e)];
    }
  }));
  list.replaceChildren(...states.map(([name, state, title]) => {
    const item = document.createElement('li');
    item.className = state;
    item.title = title;
    item.textContent = name;
    return item;
  }));
}

let refreshMillis = 5000;
let timer = null;
let running = false;
let again = false;

/** One round of every view; a round asked for while one runs starts right after it. */
async function poll() {
  if (running) {
    again = true;
    return;
  }
  running = true;
  clearTimeout(timer);
  try {
    await refreshShared();
    await Promise.allSettled([refreshServices(), ...views.map(view => view.refresh())]);
    document.getElementById('last-refresh').textContent = `updated ${new Date().toLocaleTimeString('en-GB')}`;
  } finally {
    running = false;
    timer = setTimeout(poll, again ? 0 : refreshMillis);
    again = false;
  }
}

async function start() {
  try {
    const settings = await (await fetch('/api/settings', { cache: 'no-store' })).json();
    refreshMillis = settings.refreshMillis || refreshMillis;
  } catch (e) {
    status('live-status', 'the dashboard\'s settings did not load: polling every 5 s', true);
  }
  document.getElementById('refresh-every').textContent = `${refreshMillis / 1000} s`;
  // a changed control redraws its view at once instead of at the next poll
  document.addEventListener('change', event => {
    if (event.target.id === 'promotion') {
      promotionChosen = true;
      context.promotion = context.promotions.find(p => p.id === event.target.value) || null;
      poll();
      return;
    }
    views.forEach(view => view.onControl && view.onControl(event.target));
  });
  poll();
}

start();
