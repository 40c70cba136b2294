// 报告: every report in the library, filterable, and uploading a new one.
import { h, show, errorBox } from './dom.js';
import { get, upload } from './api.js';

export async function render() {
  const list = await get('/api/reports');
  const status = h('p', { class: 'muted', id: 'upload-status' });
  const input = h('input', { type: 'file', id: 'upload-file', accept: '.txt,.html,.htm,.docx,.doc,.pdf' });
  const form = h('form', {
    class: 'inline', id: 'upload-form', onsubmit: async e => {
      e.preventDefault();
      if (!input.files.length) { status.replaceChildren(errorBox('请先选择文件')); return; }
      status.textContent = '正在读取、核查并索引…';
      try {
        const r = await upload(input.files[0]);
        location.hash = `#/report/${r.id}`;
      } catch (err) {
        status.replaceChildren(errorBox(err.message));
      }
    }
  }, h('label', {}, '添加报告（txt、html、docx、doc、pdf，20 MB 以内）：'), input, h('button', { type: 'submit' }, '上传'));
  const rows = list.map(r => h('tr', {},
    h('td', {}, h('a', { href: `#/report/${r.id}` }, r.agency || '（未识别机关）')),
    h('td', {}, r.year ?? ''), h('td', {}, r.region || ''), h('td', {}, r.level || ''),
    h('td', {}, r.format || ''), h('td', {}, r.sourceFormat || '')));
  show(h('h1', {}, `报告（${list.length} 份）`), form, status,
    h('table', { class: 'grid', id: 'report-list' },
      h('thead', {}, h('tr', {}, ['机关', '年度', '地区', '层级', '格式', '文件'].map(t => h('th', {}, t)))),
      h('tbody', {}, rows)));
}
