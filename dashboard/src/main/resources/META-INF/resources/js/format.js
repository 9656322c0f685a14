// Small helpers: number formats, shop days and a DOM builder.

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const money2 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const fmt = {
  int: n => (n === null || n === undefined ? '–' : grouped.format(Number(n))),
  money: n => (n === null || n === undefined ? '–' : money2.format(Number(n))),
  dec: (n, digits = 2) => (n === null || n === undefined || Number.isNaN(Number(n)) ? '–' : Number(n).toFixed(digits)),
  pct: (share, digits = 1) => (share === null || share === undefined ? '–' : `${(Number(share) * 100).toFixed(digits)} %`),
  /** An instant in the shop's time zone, e.g. 2026-11-27 14:05:09. */
  time: (iso, timeZone) => {
    if (!iso) return '–';
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      second: '2-digit', hourCycle: 'h23',
    }).formatToParts(new Date(iso));
    const part = type => parts.find(p => p.type === type).value;
    return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
  },
};

/** The shop day (YYYY-MM-DD) of an instant. */
export function shopDay(iso, timeZone) {
  return fmt.time(iso, timeZone).slice(0, 10);
}

/** A day YYYY-MM-DD moved by n days. */
export function addDays(day, n) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** h('td', {class: 'num'}, 'text', child…): an element; attributes starting with "on" become listeners. */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/**
 * An alert's delivery to the webhook receivers, from the services' alert JSON (delivery: state and summary, e.g.
 * "delivered 1/1 receivers, 2 attempts"; deliveries: every attempt, listed in the tooltip).
 */
export function delivery(alert, timeZone) {
  if (!alert.delivery) return h('span', { class: 'delivery', 'data-delivery': 'unknown' }, 'delivery not reported');
  const attempts = (alert.deliveries || []).filter(a => a.state === alert.state).map(a =>
    `${a.receiver} attempt ${a.attempt} at ${fmt.time(a.at, timeZone)}: ${a.statusCode ?? a.error}${a.delivered ? ' (delivered)' : ''}`);
  return h('span', { class: `delivery ${alert.delivery.state}`, 'data-delivery': alert.delivery.state,
    title: attempts.length ? attempts.join('\n') : null }, alert.delivery.summary);
}

/** Shows what a view is waiting for or what went wrong. */
export function status(id, message, error = false) {
  const element = document.getElementById(id);
  element.textContent = message || '';
  element.classList.toggle('error', error);
}

/** Fills a <select> with options, keeping the chosen value when it still exists. */
export function fillSelect(select, options, keepFirst = 1) {
  const chosen = select.value;
  while (select.options.length > keepFirst) select.remove(keepFirst);
  for (const { value, label } of options) select.add(new Option(label ?? value, value));
  if ([...select.options].some(option => option.value === chosen)) select.value = chosen;
}
