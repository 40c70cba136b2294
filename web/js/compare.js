// 对比: two reports side by side, per-section similarity, shared passages marked, differing cells listed.
import { h, show, marked, errorBox } from './dom.js';
import { get } from './api.js';

const SECTION = { overview: '一、总体情况', problems: '五、存在的主要问题及改进情况', other: '六、其他需要报告的事项',
  active: '二、主动公开', applications: '三、依申请', review: '四、复议诉讼' };

export async function render(args) {
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const reports = await get('/api/reports');
  const pick = (name, value) => h('select', { name, id: `pick-${name}` },
    h('option', { value: '' }, '选择报告…'),
    reports.map(r => h('option', { value: r.id, selected: r.id === value }, `${r.agency || r.id} ${r.year || ''}`)));
  const a = params.get('a'), b = params.get('b');
  const selA = pick('a', a), selB = pick('b', b);
  const form = h('form', { class: 'inline', onsubmit: e => {
    e.preventDefault();
    location.hash = `#/compare?a=${selA.value}&b=${selB.value}`;
  } }, selA, selB, h('button', { type: 'submit' }, '对比'));
  if (!a || !b) { show(h('h1', {}, '对比两份报告'), form); return; }
  let cmp, ra, rb;
  try {
    [cmp, ra, rb] = await Promise.all([get('/api/compare', { a, b }), get(`/api/reports/${a}`), get(`/api/reports/${b}`)]);
  } catch (e) {
    show(h('h1', {}, '对比两份报告'), form, errorBox(e.message));
    return;
  }
  const NARRATIVE = new Set(['overview', 'problems', 'other']);
  const blocks = cmp.sections.filter(s => s.similarity !== null && s.similarity !== undefined).map(s => {
    const heading = `${SECTION[s.section] || s.section}：相似度 ${Math.round(s.similarity * 100)}%`;
    // tables are compared cell by cell below; only narrative sections are shown side by side
    if (!NARRATIVE.has(s.section)) return h('h2', {}, heading + '（表格单元格相同的比例）');
    const ta = (ra.sections.find(x => x.key === s.section) || { text: '' }).text;
    const tb = (rb.sections.find(x => x.key === s.section) || { text: '' }).text;
    return h('section', {}, h('h2', {}, heading),
      h('div', { class: 'layout', style: 'grid-template-columns:1fr 1fr' },
        h('div', { class: 'section-text' }, marked(ta, spansOf(ta, s.shared))),
        h('div', { class: 'section-text' }, marked(tb, spansOf(tb, s.shared)))));
  });
  const cells = h('table', { class: 'grid', id: 'cell-diff' },
    h('thead', {}, h('tr', {}, h('th', {}, '单元格'), h('th', {}, ra.agency), h('th', {}, rb.agency))),
    h('tbody', {}, cmp.cells.map(c => h('tr', {}, h('td', {}, c.id),
      h('td', { class: 'num hl' }, c.presentInA ? String(c.a ?? '空') : '缺'),
      h('td', { class: 'num hl' }, c.presentInB ? String(c.b ?? '空') : '缺')))));
  show(h('h1', {}, '对比两份报告'), form,
    h('p', {}, h('a', { href: `#/report/${a}` }, `${ra.agency} ${ra.year}`), ' ↔ ', h('a', { href: `#/report/${b}` }, `${rb.agency} ${rb.year}`)),
    blocks, h('h2', {}, `不同的表格单元格（${cmp.cells.length}）`), cells);
}

function spansOf(text, shared) {
  const spans = [];
  for (const p of shared || []) {
    let i = text.indexOf(p);
    while (i >= 0) { spans.push({ start: i, end: i + p.length }); i = text.indexOf(p, i + p.length); }
  }
  return spans;
}
