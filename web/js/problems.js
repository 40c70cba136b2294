// 问题分析: problem and remedy categories of section 五 as charts by year, region and level; examples; themes.
import { h, show, errorBox } from './dom.js';
import { get } from './api.js';

const BY = { year: '年度', region: '地区', level: '层级' };

export async function render() {
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const by = BY[params.get('by')] ? params.get('by') : 'year';
  let stats, themes;
  try {
    [stats, themes] = await Promise.all([get('/api/problems', { by }), get('/api/problems/themes')]);
  } catch (e) {
    show(h('h1', {}, '问题分析'), errorBox(e.message));
    return;
  }
  const named = stats.categories.filter(c => c.reports > 0);
  const chart = h('div', { class: 'chart', id: 'problems-chart' });
  const shareChart = h('div', { class: 'chart', id: 'share-chart' });
  show(h('h1', {}, `问题分析（${stats.reports} 份报告）`),
    h('p', {}, '分组：', Object.entries(BY).map(([k, label]) =>
      h('a', { href: `#/problems?by=${k}`, class: k === by ? 'tag on' : 'tag' }, label)),
      ' · ', h('a', { href: `/api/problems.csv?by=${by}`, download: 'problems.csv' }, '导出 CSV')),
    h('h2', {}, '各类问题与措施：提及该类的报告占比'), shareChart,
    h('h2', {}, `按${BY[by]}分组：提及各类的报告数`), chart,
    h('h2', {}, '常见的“问题 → 措施”搭配'),
    h('table', { class: 'grid' }, h('tbody', {}, stats.pairings.slice(0, 15).map(p =>
      h('tr', {}, h('td', {}, name(stats, p.problem)), h('td', {}, '→'), h('td', {}, name(stats, p.remedy)),
        h('td', { class: 'num' }, `${p.reports} 份`))))),
    h('h2', {}, '第五部分有缺陷的报告（缺失、为空或只写一面）'),
    h('ul', {}, stats.defective.map(d => h('li', {}, h('a', { href: `#/report/${d.reportId}` }, d.report), `：${d.balanceLabel || d.balance}`))),
    h('h2', {}, '示例'),
    named.map(c => h('details', {}, h('summary', {}, `${c.code} ${c.name}（${c.statements} 条，${c.reports} 份）`),
      h('ul', {}, (stats.examples[c.code] || []).map(e => h('li', {}, e.text, ' ',
        h('a', { href: `#/report/${e.reportId}` }, `—— ${e.report}`)))))),
    h('h2', {}, `未归类的表述（${stats.unmatched.length}，供扩充分类）`),
    h('ul', {}, stats.unmatched.slice(0, 30).map(e => h('li', {}, e.text))),
    h('h2', {}, `空泛的表述（${stats.vague.length}）`),
    h('ul', {}, stats.vague.slice(0, 30).map(e => h('li', {}, e.text))),
    h('h2', {}, '分类之外的主题（聚类）'),
    themes.map((t, i) => h('div', { class: 'card' }, h('strong', {}, `主题 ${i + 1}（${t.size} 条）：`), t.terms.join('、'),
      h('ul', {}, t.examples.slice(0, 3).map(e => h('li', { class: 'muted' }, e.text))))));
  await drawCharts(stats, named, chart, shareChart);
}

function name(stats, code) {
  const c = stats.categories.find(x => x.code === code);
  return c ? `${code} ${c.name}` : code;
}

async function drawCharts(stats, named, chartEl, shareEl) {
  const echarts = await loadEcharts();
  const share = echarts.init(shareEl);
  share.setOption({
    tooltip: { trigger: 'axis' }, grid: { left: 260, right: 30 },
    xAxis: { type: 'value', max: 1, axisLabel: { formatter: v => `${Math.round(v * 100)}%` } },
    yAxis: { type: 'category', data: named.map(c => `${c.code} ${c.name}`), inverse: true },
    series: [{ type: 'bar', data: named.map(c => c.share) }],
  });
  const chart = echarts.init(chartEl);
  chart.setOption({
    tooltip: { trigger: 'axis' }, legend: { type: 'scroll', top: 0 }, grid: { top: 40 },
    xAxis: { type: 'category', data: stats.groups.map(g => `${g.group}（${g.reports}）`) },
    yAxis: { type: 'value', minInterval: 1 },
    series: named.map(c => ({ name: `${c.code} ${c.name}`, type: 'bar', stack: c.kind,
      data: stats.groups.map(g => g.reportsNaming[c.code] || 0) })),
  });
}

let echartsPromise;
function loadEcharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  echartsPromise = echartsPromise || new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/webjars/echarts/5.3.1/dist/echarts.min.js';
    s.onload = () => resolve(window.echarts);
    s.onerror = () => reject(new Error('无法加载图表库'));
    document.head.appendChild(s);
  });
  return echartsPromise;
}
