// The three standard tables drawn like the printed ones, from the layout the server gives (/api/format/{version}).
// Each value cell carries data-cell="<canonical id>" so findings and figures can point at it.
import { h } from './dom.js';

function valueCell(cells, id) {
  const has = Object.prototype.hasOwnProperty.call(cells, id);
  const v = has ? cells[id] : undefined;
  return h('td', { class: v === null || v === undefined ? 'num null' : 'num', dataset: { cell: id }, title: id },
    v === null || v === undefined ? '—' : String(v));
}

export function table2(layout, cells) {
  const rows = [];
  for (const row of layout.t2) {
    rows.push(h('tr', {}, h('th', { rowspan: 2 }, row.label), row.cells.map(c => h('th', {}, c.label))));
    rows.push(h('tr', {}, row.cells.map(c => valueCell(cells, c.id))));
  }
  const extra = Object.keys(cells).filter(k => k.startsWith('t2.extra.'));
  for (const id of extra) rows.push(h('tr', {}, h('th', {}, id.slice('t2.extra.'.length)), valueCell(cells, id)));
  return h('table', { class: 'grid t2' }, h('tbody', {}, rows));
}

export function table3(layout, cells) {
  const cols = layout.t3.columns;
  const head = [
    h('tr', {}, h('th', { rowspan: 3 }, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'),
      h('th', { colspan: cols.length }, '申请人情况')),
    h('tr', {}, h('th', { rowspan: 2 }, cols[0].label), h('th', { colspan: 5 }, '法人或其他组织'),
      h('th', { rowspan: 2 }, cols[6].label)),
    h('tr', {}, cols.slice(1, 6).map(c => h('th', {}, c.label))),
  ];
  const body = layout.t3.rows.map(r =>
    h('tr', {}, h('th', { style: 'text-align:left' }, r.label), cols.map(c => valueCell(cells, `t3.${r.id}.${c.id}`))));
  return h('table', { class: 'grid t3' }, h('thead', {}, head), h('tbody', {}, body));
}

export function table4(layout, cells) {
  const { groups, columns } = layout.t4;
  return h('table', { class: 'grid t4' },
    h('thead', {},
      h('tr', {}, h('th', { colspan: 5 }, '行政复议'), h('th', { colspan: 10 }, '行政诉讼')),
      h('tr', {}, h('th', { colspan: 5 }, groups[0].label), h('th', { colspan: 5 }, '未经复议直接起诉'),
        h('th', { colspan: 5 }, '复议后起诉')),
      h('tr', {}, groups.map(() => columns.map(c => h('th', {}, c.label))))),
    h('tbody', {}, h('tr', {}, groups.map(g => columns.map(c => valueCell(cells, `t4.${g.id}.${c.id}`))))));
}
