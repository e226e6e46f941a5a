// Search: a query box, facets with counts that filter, highlighted snippets and paging.
import {api, enc, h, link, titleOf, markedSnippet, plural, problem} from './dom.js';

const FILTERS = ['speaker', 'entity', 'place', 'from', 'to'];
const FACETS = [['speaker', 'Speakers'], ['entity', 'Entities'], ['place', 'Places'], ['month', 'Months']];

/** The search route's parameters without empty ones, as a query string. */
export function queryString(params, changes) {
  const p = new URLSearchParams();
  for (const k of ['q', ...FILTERS, 'page']) {
    const v = changes && k in changes ? changes[k] : params.get(k);
    if (v != null && v !== '') p.set(k, v);
  }
  return p.toString();
}

function monthRange(month) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return {from: month + '-01', to: month + '-' + String(last).padStart(2, '0')};
}

export function searchForm(params, route) {
  const input = h('input', {type: 'search', name: 'q', placeholder: 'words, "a phrase", -excluded, a|b',
    'aria-label': 'Search'});
  input.value = params.get('q') || '';
  return h('form', {class: 'searchbox', role: 'search', onsubmit: e => {
    e.preventDefault();
    location.hash = '#/' + route + '?' + queryString(params, {q: input.value.trim(), page: null});
  }}, input, h('button', {type: 'submit'}, 'Search'));
}

function activeFilters(params, route) {
  const chips = [];
  for (const k of FILTERS) {
    const v = params.get(k);
    if (!v) continue;
    chips.push(h('a', {class: 'chip', href: '#/' + route + '?' + queryString(params, {[k]: null, page: null}),
      title: 'remove this filter'}, k + ': ' + v + ' ×'));
  }
  return chips.length ? h('div', {class: 'chips'}, 'Filters: ', chips) : null;
}

function facetBox(params, key, label, values) {
  if (!values || !values.length) return null;
  const items = values.map(({value, count}) => {
    const changes = key === 'month' ? monthRange(value) : {[key]: value};
    changes.page = null;
    const on = key === 'month' ? params.get('from') === changes.from && params.get('to') === changes.to
      : (params.get(key) || '').toLowerCase() === value.toLowerCase();
    return h('li', {class: on ? 'on' : null},
      h('a', {href: '#/search?' + queryString(params, changes)}, value), ' ', h('span', {class: 'count'}, count));
  });
  return h('section', {class: 'facet', 'data-facet': key}, h('h3', null, label), h('ul', null, items));
}

function quoteLine(q) {
  return h('li', {class: 'hit-quote'},
    h('q', null, q.text), ' ',
    h('span', {class: 'who'}, '— ', q.speakerName || 'unattributed', q.cue ? ' (' + q.cue + ')' : ''));
}

function hitItem(hit) {
  return h('li', {class: 'hit'},
    h('h3', null, link('article/' + enc(hit.id), titleOf(hit))),
    h('div', {class: 'meta'}, hit.published || 'undated', ' · ', hit.source || '',
      hit.copyOf ? [' · ', h('span', {class: 'badge'}, 'copy of '), link('article/' + enc(hit.copyOf), hit.copyOf)] : null),
    hit.snippet ? h('p', {class: 'snippet'}, markedSnippet(hit.snippet)) : null,
    hit.quotes && hit.quotes.length ? h('ul', {class: 'hit-quotes'}, hit.quotes.slice(0, 3).map(quoteLine)) : null);
}

// The API pages through the first 10,000 hits only (page times size); the pager stops there.
const MAX_HITS = 10000;

function pager(params, result) {
  const pages = Math.max(1, Math.min(Math.ceil(result.total / result.size), Math.floor(MAX_HITS / result.size)));
  if (pages === 1) return null;
  const at = result.page;
  const go = (p, label) => p < 1 || p > pages || p === at
    ? h('span', {class: p === at ? 'page current' : 'page off'}, label)
    : h('a', {class: 'page', href: '#/search?' + queryString(params, {page: p === 1 ? null : String(p)})}, label);
  const nums = [];
  for (let p = Math.max(1, at - 3); p <= Math.min(pages, at + 3); p++) nums.push(go(p, String(p)));
  return h('nav', {class: 'pager', 'aria-label': 'pages'}, go(at - 1, '‹ previous'), nums, go(at + 1, 'next ›'));
}

export async function searchView(params) {
  const head = [h('h1', null, 'Search'), searchForm(params, 'search'), activeFilters(params, 'search')];
  let result;
  try {
    result = await api('/api/search?' + queryString(params));
  } catch (err) {
    return h('div', {class: 'search'}, head, problem(err, 'Search failed'));
  }
  const mapLink = h('a', {class: 'maplink', href: '#/map?' + queryString(params, {page: null})}, 'map of these places');
  return h('div', {class: 'search'}, head,
    h('div', {class: 'results-layout'},
      h('aside', {class: 'facets'}, FACETS.map(([k, label]) => facetBox(params, k, label, result.facets[k]))),
      h('div', {class: 'results'},
        h('p', {class: 'total'}, plural(result.total, 'article'), ' found', result.total ? [' · ', mapLink] : null),
        result.hits.length ? h('ol', {class: 'hits', start: (result.page - 1) * result.size + 1}, result.hits.map(hitItem))
          : h('p', {class: 'muted'}, 'Nothing matches. Try fewer words or remove a filter.'),
        pager(params, result))));
}
