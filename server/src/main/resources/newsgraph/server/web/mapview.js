// The map of a search's places: the documents of its first hits, their geocoded places.
import {api, enc, h, plural, problem} from './dom.js';
import {placesOf, worldMap} from './map.js';
import {queryString, searchForm} from './search.js';

const HITS = 50;

/** Fetches the documents a few at a time, so a slow laptop's server is not flooded. */
async function documents(ids) {
  const out = [];
  for (let i = 0; i < ids.length; i += 6) {
    const batch = await Promise.all(ids.slice(i, i + 6).map(id => api('/api/documents/' + enc(id)).catch(() => null)));
    out.push(...batch.filter(Boolean));
  }
  return out;
}

export async function mapView(params) {
  const head = [h('h1', null, 'Map'), searchForm(params, 'map')];
  let result;
  try {
    result = await api('/api/search?' + queryString(params, {page: null}) + '&size=' + HITS);
  } catch (err) {
    return h('div', {class: 'mapview'}, head, problem(err, 'Search failed'));
  }
  const docs = await documents(result.hits.map(hit => hit.id));
  const places = placesOf(docs);
  return h('div', {class: 'mapview'}, head,
    h('p', {class: 'total'}, plural(places.length, 'place'), ' in ', plural(docs.length, 'article'),
      result.total > docs.length ? ' (the first ' + docs.length + ' of ' + result.total + ')' : '', ' · ',
      h('a', {href: '#/search?' + queryString(params, {page: null})}, 'back to the results')),
    worldMap(places, {labels: 20}),
    h('ol', {class: 'place-list'}, places.slice(0, 30).map(p =>
      h('li', null, h('a', {href: '#/search?' + queryString(params, {place: p.name, page: null})}, p.name),
        p.country ? ' (' + p.country + ')' : '', ' ', h('span', {class: 'count'}, p.count)))));
}
