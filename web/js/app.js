// Hash router: #/page/arg… → the page module's render(args). Pages are small modules, one per screen.
import { show, errorBox } from './dom.js';

const pages = {
  search: () => import('./search.js'),
  reports: () => import('./reports.js'),
  report: () => import('./report.js'),
  findings: () => import('./findings.js'),
  problems: () => import('./problems.js'),
  compare: () => import('./compare.js'),
};

async function route() {
  const path = location.hash.replace(/^#\/?/, '').split('?')[0];
  const [name, ...args] = (path || 'search').split('/').map(decodeURIComponent);
  const page = pages[name] ? name : 'search';
  for (const a of document.querySelectorAll('nav a')) {
    a.classList.toggle('active', a.dataset.page === page || (page === 'report' && a.dataset.page === 'reports'));
  }
  try {
    const mod = await pages[page]();
    await mod.render(args, new URLSearchParams(location.search));
  } catch (e) {
    show(errorBox('页面加载失败：' + e.message));
  }
}

window.addEventListener('hashchange', route);
route();
