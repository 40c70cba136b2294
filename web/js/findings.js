// 核查: every finding in the corpus, filterable and sortable, with counts by rule; CSV export.
import { h, show, errorBox } from './dom.js';
import { get } from './api.js';

const SEVERITY = { error: '错误', warning: '警告', info: '提示' };
const RANK = { error: 0, warning: 1, info: 2 };

export async function render() {
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const filters = {};
  for (const k of ['rule', 'severity', 'region', 'year']) if (params.get(k)) filters[k] = params.get(k);
  let data;
  try {
    data = await get('/api/findings', filters);
  } catch (e) {
    show(h('h1', {}, '核查'), errorBox(e.message));
    return;
  }
  const sortKey = params.get('sort') || 'severity';
  const rows = [...data.findings].sort(comparator(sortKey));
  const link = (k, v) => {
    const next = new URLSearchParams(params);
    params.get(k) === v ? next.delete(k) : next.set(k, v);
    return '#/findings?' + next;
  };
  const sortLink = (k, label) => {
    const next = new URLSearchParams(params);
    next.set('sort', k);
    return h('a', { href: '#/findings?' + next }, label + (sortKey === k ? ' ▼' : ''));
  };
  const counts = h('div', { id: 'rule-counts' },
    h('p', {}, Object.entries(data.counts.bySeverity).map(([s, n]) =>
      h('a', { href: link('severity', s), class: 'tag' }, `${SEVERITY[s] || s} ${n}`))),
    h('p', {}, Object.entries(data.counts.byRule).map(([r, n]) =>
      h('a', { href: link('rule', r), class: 'tag' }, `${r} ${n}`))));
  const table = h('table', { class: 'grid', id: 'findings-table' },
    h('thead', {}, h('tr', {}, h('th', {}, sortLink('severity', '级别')), h('th', {}, sortLink('rule', '规则')),
      h('th', {}, sortLink('agency', '机关')), h('th', {}, sortLink('year', '年度')), h('th', {}, '地区'),
      h('th', {}, '说明'), h('th', {}, '应为'), h('th', {}, '实为'), h('th', {}, '证据'))),
    h('tbody', {}, rows.map(f => h('tr', { class: `sev-${f.severity}` },
      h('td', {}, SEVERITY[f.severity] || f.severity), h('td', {}, f.rule),
      h('td', {}, h('a', { href: `#/report/${f.reportId}` }, f.agency || '')), h('td', {}, f.year ?? ''),
      h('td', {}, f.region || ''), h('td', {}, f.message), h('td', { class: 'num' }, f.expected ?? ''),
      h('td', { class: 'num' }, f.actual ?? ''),
      h('td', { class: 'muted' }, (f.evidence || []).map(e => e.text).join(' … '))))));
  show(h('h1', {}, `核查发现（${rows.length}）`),
    h('p', {}, h('a', { href: `/api/findings.csv?${new URLSearchParams(filters)}`, download: 'findings.csv' }, '导出 CSV（Excel 可直接打开）')),
    counts, table);
}

function comparator(key) {
  if (key === 'severity') return (a, b) => RANK[a.severity] - RANK[b.severity] || a.rule.localeCompare(b.rule);
  if (key === 'year') return (a, b) => (b.year || 0) - (a.year || 0);
  return (a, b) => String(a[key] || '').localeCompare(String(b[key] || ''), 'zh');
}
