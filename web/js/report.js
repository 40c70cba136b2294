// 报告: one report as sections; the three tables drawn like the printed ones; the figures the narrative states,
// each linked to its cell; the findings beside, each highlighting its evidence in the text and its cells.
import { h, show, marked, errorBox } from './dom.js';
import { get } from './api.js';
import { table2, table3, table4 } from './tables.js';

const SEVERITY = { error: '错误', warning: '警告', info: '提示' };

export async function render([id]) {
  if (!id) { location.hash = '#/reports'; return; }
  const r = await get(`/api/reports/${encodeURIComponent(id)}`);
  const layout = r.format ? await get(`/api/format/${r.format}`) : null;
  const figures = r.figures || [];
  const findings = r.findings || [];

  const sections = r.sections.map(s => {
    const body = h('div', { class: 'section-body', dataset: { section: s.key } });
    if (layout && s.key === 'active') body.append(table2(layout, r.cells));
    else if (layout && s.key === 'applications') body.append(table3(layout, r.cells));
    else if (layout && s.key === 'review') body.append(table4(layout, r.cells));
    else body.append(h('div', { class: 'section-text' }, marked(s.text, figureSpans(figures, s.key))));
    return h('section', { id: `sec-${s.key}` }, h('h2', {}, s.heading || s.key), body);
  });

  const notes = r.notes.length ? h('details', {}, h('summary', {}, `解析说明（${r.notes.length}）`),
    h('ul', {}, r.notes.map(n => h('li', {}, `[${n.kind}] 第${n.line}行：${n.message}`)))) : null;

  const similar = await get(`/api/reports/${encodeURIComponent(id)}/similar`).catch(() => ({ hits: [] }));
  const side = h('aside', { id: 'findings' },
    h('h2', {}, `核查发现（${findings.length}）`),
    findings.length ? findings.map(f => findingCard(f, r)) : h('p', { class: 'muted' }, '没有发现问题。'),
    h('h2', {}, '相似报告'),
    similar.hits.length ? h('ul', { class: 'plain', id: 'similar' }, similar.hits.map(s => h('li', {},
      h('a', { href: `#/report/${s.report_id}` }, `${s.agency || '（未识别机关）'} ${s.year ?? ''}`), ' ',
      h('a', { href: `#/compare?a=${id}&b=${s.report_id}`, class: 'tag' }, '对比'))))
      : h('p', { class: 'muted' }, '没有相似报告。'));

  show(h('h1', {}, r.title || r.agency || r.source),
    h('p', { class: 'muted' }, [r.agency, r.year && `${r.year}年度`, r.region && [r.region.province, r.region.city, r.region.county].filter(Boolean).join(''),
      r.level, r.format && `${r.format}版格式`, r.published && `发布于${r.published}`, r.sourceFormat].filter(Boolean).join(' · ')),
    notes,
    h('div', { class: 'layout' }, h('div', { id: 'report-body' }, sections), side));

  linkFigures(document);
}

/** A figure links to its cells: clicking it highlights them in the tables. */
function linkFigures(root) {
  for (const m of root.querySelectorAll('mark.fig')) {
    m.addEventListener('click', () => highlight([], JSON.parse(m.dataset.cells || '[]')));
  }
}

function figureSpans(figures, section) {
  return figures.filter(f => (f.section || 'overview') === section).map(f => ({
    start: f.start, end: f.end, class: 'fig',
    title: `${f.subject || ''} ${f.value ?? ''}${f.unit || ''}${f.cells && f.cells.length ? ' → ' + f.cells.join('、') : ''}`,
    dataset: { cells: JSON.stringify(f.cells || []) },
  }));
}

function findingCard(f, r) {
  const card = h('div', { class: `card sev-${f.severity}`, tabindex: 0, role: 'button' },
    h('div', {}, h('span', { class: 'tag' }, SEVERITY[f.severity] || f.severity), h('span', { class: 'tag' }, f.rule)),
    h('div', {}, f.message),
    f.expected !== undefined && f.expected !== null ? h('div', { class: 'muted' }, `应为 ${f.expected}，实为 ${f.actual}`) : null,
    (f.evidence || []).map(e => h('blockquote', { class: 'muted' }, e.text)));
  card.addEventListener('click', () => highlight(f.evidence || [], f.cells || [], r));
  return card;
}

/** Marks the evidence spans in the section texts and outlines the cells; scrolls to the first. */
function highlight(evidence, cells, r) {
  for (const el of document.querySelectorAll('.hl')) el.classList.remove('hl');
  for (const el of document.querySelectorAll('mark.ev')) el.replaceWith(document.createTextNode(el.textContent));
  let first = null;
  for (const id of cells) {
    const td = document.querySelector(`td[data-cell="${CSS.escape(id)}"]`);
    if (td) { td.classList.add('hl'); first = first || td; }
  }
  if (r) {
    for (const e of evidence) {
      const sec = r.sections.find(s => s.key === e.section);
      const box = document.querySelector(`#sec-${CSS.escape(e.section)} .section-text`);
      if (!sec || !box) continue;
      // keep the figure marks, except where the evidence itself stands
      const ev = { start: e.start, end: e.end, class: 'ev' };
      const figs = figureSpans(r.figures || [], e.section).filter(f => f.end <= ev.start || f.start >= ev.end);
      box.replaceChildren(marked(sec.text, [ev, ...figs]));
      linkFigures(box);
      first = first || box.querySelector('mark.ev');
    }
  }
  if (first) first.scrollIntoView({ behavior: 'smooth', block: 'center' });
}
