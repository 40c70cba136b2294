// 检索: query with syntax help, facet filters with counts, highlighted snippets, keyword-in-context, export.
import { h, show, marked, errorBox } from './dom.js';
import { get } from './api.js';

const SECTION = { overview: '一、总体情况', problems: '五、存在的主要问题及改进情况', other: '六、其他需要报告的事项', report: '整份报告' };
const FACET = { year: '年度', province: '省份', level: '层级', section: '部分' };
const PAGE = 20;

export async function render(_args) {
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const q = params.get('q') || '';
  const input = h('input', { type: 'search', name: 'q', id: 'q', value: q, placeholder: '例如：政务新媒体  "依申请公开"  -疫情  网站 OR 平台', autofocus: true });
  const kwic = params.get('kwic') === '1';
  const form = h('form', {
    class: 'inline', id: 'search-form', onsubmit: e => {
      e.preventDefault();
      const next = new URLSearchParams(params);
      next.set('q', input.value.trim());
      next.delete('page');
      location.hash = '#/search?' + next;
    }
  }, input, h('button', { type: 'submit' }, '检索'),
    h('label', {}, h('input', { type: 'checkbox', id: 'kwic', checked: kwic, onchange: e => {
      const next = new URLSearchParams(params); e.target.checked ? next.set('kwic', '1') : next.delete('kwic');
      location.hash = '#/search?' + next;
    } }), ' 上下文（KWIC）'));
  const help = h('p', { class: 'muted' }, '语法：空格分隔的词都须出现；"引号内"为短语；-词 排除；A OR B 任一出现。任意两个以上汉字都能查到，整词匹配排在前面。');
  if (!q) { show(h('h1', {}, '检索年报'), form, help); return; }

  const filters = {};
  for (const k of ['year', 'region', 'level', 'section']) if (params.get(k)) filters[k] = params.get(k);
  const page = Math.max(0, parseInt(params.get('page') || '0', 10) || 0);
  let result;
  try {
    result = await get('/api/search', { q, ...filters, limit: PAGE, offset: page * PAGE });
  } catch (e) {
    show(h('h1', {}, '检索年报'), form, help, errorBox(e.message));
    return;
  }
  const exportParams = new URLSearchParams({ q, ...filters });
  const exports = h('p', {}, '导出：',
    h('a', { href: `/api/search.csv?${exportParams}`, download: 'search.csv' }, 'CSV'), ' · ',
    h('a', { href: `/api/search?${exportParams}&limit=1000`, download: 'search.json' }, 'JSON'),
    kwic ? [' · ', h('a', { href: `/api/kwic.csv?${exportParams}`, download: 'kwic.csv' }, 'KWIC CSV')] : null);

  const facetBox = h('aside', { class: 'facet', id: 'facets' }, Object.entries(FACET).map(([dim, label]) => {
    const counts = (result.facets || {})[dim] || {};
    const key = dim === 'province' ? 'region' : dim;
    return [h('h3', {}, label), h('ul', { class: 'plain' }, Object.entries(counts).map(([value, n]) => {
      const next = new URLSearchParams(params);
      const on = params.get(key) === value;
      on ? next.delete(key) : next.set(key, value);
      next.delete('page');
      return h('li', {}, h('a', { href: '#/search?' + next, class: on ? 'on' : null },
        `${dim === 'section' ? (SECTION[value] || value) : value}（${n}）`));
    }))];
  }));

  let body;
  if (kwic) {
    const lines = await get('/api/kwic', { q, ...filters });
    body = h('table', { class: 'grid kwic', id: 'kwic-table' }, h('tbody', {}, lines.map(l => h('tr', {},
      h('td', { class: 'l' }, l.left), h('td', { class: 'k' }, l.match), h('td', {}, l.right),
      h('td', {}, h('a', { href: `#/report/${l.report_id}` }, `${l.agency || ''} ${l.year || ''}`))))));
  } else {
    body = h('ol', { class: 'plain', id: 'results' }, result.hits.map(hit => h('li', { class: 'card' },
      h('div', {}, h('a', { href: `#/report/${hit.report_id}` }, hit.agency || '（未识别机关）'), ' ',
        h('span', { class: 'tag' }, hit.year ?? ''),
        h('span', { class: 'tag' }, [hit.province, hit.city, hit.county].filter(Boolean).join('') || '地区不详'),
        h('span', { class: 'tag' }, hit.level || ''), h('span', { class: 'tag' }, SECTION[hit.section] || hit.section)),
      hit.snippet ? h('div', { class: 'snippet' },
        marked(hit.snippet, (hit.highlights || []).map(([start, end]) => ({ start, end })))) : null)));
  }
  const pager = h('p', {},
    page > 0 ? h('a', { href: '#/search?' + withPage(params, page - 1) }, '上一页') : null, ' ',
    (page + 1) * PAGE < result.total ? h('a', { href: '#/search?' + withPage(params, page + 1) }, '下一页') : null);
  show(h('h1', {}, '检索年报'), form, help,
    h('p', { id: 'total' }, `共 ${result.total} 处匹配`), exports,
    h('div', { class: 'facets' }, facetBox, h('div', {}, body, kwic ? null : pager)));
}

function withPage(params, p) {
  const next = new URLSearchParams(params);
  next.set('page', p);
  return next;
}
