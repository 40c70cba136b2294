// The JSON API under /api. Errors come back as {error: "…"} with a 4xx/5xx status.

export async function get(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const url = q.toString() ? `${path}?${q}` : path;
  const res = await fetch(url);
  const body = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
  if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
  return body;
}

export async function upload(file) {
  const data = new FormData();
  data.append('file', file);
  const res = await fetch('/api/reports', { method: 'POST', body: data });
  const body = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
  if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
  return body;
}
