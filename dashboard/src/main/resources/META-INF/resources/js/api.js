// Reads the services through the dashboard's proxy (/api/{service}/{path}), one origin for the browser.

/** A service that could not answer, with the proxy's or the service's own message. */
export class ServiceError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** What metrics-service last said about how complete its figures are. */
export const freshness = { completeThrough: null, timezone: 'UTC' };

export async function getJson(service, path, params) {
  return (await request(service, path, params, 'application/json')).json();
}

export async function getText(service, path) {
  return (await request(service, path, null, 'text/plain')).text();
}

async function request(service, path, params, accept) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== '') query.set(name, value);
  }
  const url = `/api/${service}/${path}${query.toString() ? `?${query}` : ''}`;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: accept }, cache: 'no-store' });
  } catch (e) {
    throw new ServiceError(0, 'the dashboard itself does not answer: is it running?');
  }
  const through = response.headers.get('Shelfwise-Complete-Through');
  if (through) {
    freshness.completeThrough = through;
    freshness.timezone = response.headers.get('Shelfwise-Timezone') || 'UTC';
  }
  if (!response.ok) {
    let message = `${service} answered ${response.status}`;
    try {
      const body = await response.json();
      if (body && body.message) message = body.message;
    } catch (ignored) { /* not JSON: keep the status */ }
    throw new ServiceError(response.status, message);
  }
  return response;
}
