// Reads the Prometheus text format of /q/metrics into samples {name, labels, value}.

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

export function parse(text) {
  const samples = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match) continue;
    const labels = {};
    for (const [, name, value] of (match[2] || '').matchAll(LABEL)) labels[name] = value;
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** The sum of a metric's samples whose labels include all of `where`. */
export function sum(samples, name, where = {}) {
  return samples
    .filter(s => s.name === name && Object.entries(where).every(([k, v]) => s.labels[k] === v))
    .reduce((total, s) => total + (Number.isFinite(s.value) ? s.value : 0), 0);
}

/**
 * Records behind per consumer: the Kafka client's records-lag of each partition at its latest fetch, summed. Kafka
 * reports each partition twice (topic "orders.v1" and "orders_v1"): counted once. A consumer that has not fetched
 * yet shows its client-wide records-lag-max.
 */
export function lagByConsumer(samples) {
  const partitions = new Map();
  const clientMax = new Map();
  for (const { name, labels, value } of samples) {
    const consumer = (labels.client_id || '?').replace(/^kafka-consumer-/, '');
    if (name === 'kafka_consumer_fetch_manager_records_lag' && labels.topic !== undefined) {
      const key = `${labels.topic.replace(/\./g, '_')}/${labels.partition}`;
      if (!partitions.has(consumer)) partitions.set(consumer, new Map());
      partitions.get(consumer).set(key, Number.isFinite(value) ? value : 0);
    } else if (name === 'kafka_consumer_fetch_manager_records_lag_max' && labels.topic === undefined) {
      clientMax.set(consumer, Number.isFinite(value) ? value : 0);
    }
  }
  const lag = new Map(clientMax);
  for (const [consumer, byPartition] of partitions) lag.set(consumer, [...byPartition.values()].reduce((a, b) => a + b, 0));
  return lag;
}
