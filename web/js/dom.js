// Building the page from data. Every piece of report text goes in as a text node, never as markup, so a report
// that contains "<script>" shows it as text.

/** Creates an element: h('a', {href: '#/x', class: 'y'}, 'text', childNode, [more]). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

/** Replaces the content of the main area. */
export function show(...children) {
  const main = document.getElementById('main');
  main.replaceChildren();
  append(main, children);
}

/** Text with ranges marked: spans [{start, end, class, title}] over a plain string, non-overlapping after sorting. */
export function marked(text, spans) {
  const frag = document.createDocumentFragment();
  const sorted = [...spans].filter(s => s.end > s.start).sort((a, b) => a.start - b.start);
  let pos = 0;
  for (const s of sorted) {
    if (s.start < pos) continue;
    if (s.start > pos) frag.appendChild(document.createTextNode(text.slice(pos, s.start)));
    const m = h('mark', { class: s.class || null, title: s.title || null, id: s.id || null, dataset: s.dataset || null },
      text.slice(s.start, s.end));
    frag.appendChild(m);
    pos = s.end;
  }
  if (pos < text.length) frag.appendChild(document.createTextNode(text.slice(pos)));
  return frag;
}

export function errorBox(message) {
  return h('p', { class: 'error', role: 'alert' }, message);
}
