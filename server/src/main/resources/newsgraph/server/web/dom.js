// DOM helpers. Data from the API only ever becomes text nodes or attribute values set by name;
// nothing from an article is parsed as HTML (no innerHTML anywhere in the page).

/** An element: h('a', {href: '#/x', class: 'c'}, 'text', child, [more]). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v != null) el.setAttribute(k, String(v));
  append(el, children);
  return el;
}

/** An in-page link: only hash routes, so no data can make it a javascript: URL. */
export function link(route, ...children) {
  return h('a', {href: '#/' + route}, ...children);
}

export function enc(v) {
  return encodeURIComponent(v);
}

/** An outside address as a link only when it is http(s); anything else stays text. */
export function safeUrl(url) {
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
    return h('a', {href: url, rel: 'noopener noreferrer nofollow', target: '_blank'}, url);
  }
  return url == null ? null : h('span', {class: 'url-text'}, url);
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET or POST an /api route; the answer's JSON, or an ApiError with the server's message. */
export async function api(path, init) {
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, 'the server cannot be reached (' + e.message + ')');
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, (body && body.error) || ('HTTP ' + response.status));
  }
  return body;
}

/** A clear message box for a failed request. */
export function problem(err, what) {
  const status = err.status ? ' (' + err.status + ')' : '';
  return h('div', {class: 'problem', role: 'alert'},
    h('strong', null, what + status + ': '), err.message || String(err));
}

const ENTITIES = {'&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&'};

/**
 * The API's snippet is HTML-escaped text with <mark> around matches. Rather than trust it as
 * markup, split it on the two mark tags and decode the five escapes into text nodes.
 */
export function markedSnippet(html) {
  const out = [];
  let inMark = false;
  for (const part of String(html).split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') { inMark = true; continue; }
    if (part === '</mark>') { inMark = false; continue; }
    if (!part) continue;
    const text = part.replace(/&(lt|gt|quot|#39|amp);/g, m => ENTITIES[m]);
    out.push(inMark ? h('mark', null, text) : document.createTextNode(text));
  }
  return out;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

export function plural(n, one, many) {
  return n + ' ' + (n === 1 ? one : (many || one + 's'));
}

/** A document's title, or for an untitled one the last part of its source (a file or record name). */
export function titleOf(doc) {
  if (doc.title) return doc.title;
  const source = String(doc.source || doc.id || '');
  return source.split(/[\\/#]/).filter(Boolean).pop() || source;
}
