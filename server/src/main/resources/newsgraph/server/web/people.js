// A person across the corpus and a story (the shapes of /api/people/{id} and /api/stories/{id}).
import {api, enc, h, link, plural, problem} from './dom.js';

function missing(err, what) {
  if (err.status === 404) {
    return h('div', {class: 'problem notfound', role: 'alert'}, h('strong', null, 'Not found: '),
      'this server knows no ' + what + ' with that id (' + err.message + ').');
  }
  return problem(err, 'The ' + what + ' could not be loaded');
}

function span(first, last) {
  if (!first && !last) return 'undated';
  return first === last || !last ? first : (first || '?') + ' – ' + last;
}

/** Quotes grouped by day, oldest first, each linked to its article. */
function timeline(quotes) {
  const days = new Map();
  for (const q of quotes) {
    const day = q.published || 'undated';
    if (!days.has(day)) days.set(day, []);
    days.get(day).push(q);
  }
  return h('ol', {class: 'timeline'}, [...days].map(([day, list]) => h('li', null,
    h('time', null, day),
    h('ul', null, list.map(q => h('li', {class: 'tl-quote'},
      h('q', null, q.text), ' ', h('span', {class: 'muted'}, (q.cue || '') + (q.type ? ' · ' + q.type : '')), ' ',
      link('article/' + enc(q.documentId), q.title || 'the article')))))));
}

export async function personView(id) {
  let p;
  try {
    p = await api('/api/people/' + enc(id));
  } catch (err) {
    return missing(err, 'person');
  }
  const names = (p.names || []).filter(n => n !== p.name);
  return h('div', {class: 'person'},
    h('h1', null, p.name),
    names.length ? h('p', {class: 'aliases'}, 'Also named: ', names.join(' · ')) : null,
    h('div', {class: 'two-col'},
      h('section', null, h('h3', null, 'Roles'),
        (p.roles || []).length ? h('table', {class: 'roles'}, h('tr', null, h('th', null, 'role'), h('th', null, 'when'), h('th', null, 'articles')),
          p.roles.map(r => h('tr', null, h('td', null, r.role), h('td', null, span(r.first, r.last)), h('td', {class: 'num'}, r.documents))))
          : h('p', {class: 'muted'}, 'No role given in any article.'),
        h('h3', null, 'Organisations'),
        (p.organizations || []).length ? h('ul', null, p.organizations.map(o =>
          h('li', null, link('search?entity=' + enc(o.name), o.name), ' ', h('span', {class: 'count'}, o.count))))
          : h('p', {class: 'muted'}, 'None.'),
        h('h3', null, plural((p.documents || []).length, 'article')),
        h('ul', null, (p.documents || []).map(d => h('li', null, d.published || 'undated', ' ', link('article/' + enc(d.id), d.title || d.id))))),
      h('section', null, h('h3', null, 'What they said, ' + plural((p.quotes || []).length, 'quote')),
        (p.quotes || []).length ? timeline(p.quotes) : h('p', {class: 'muted'}, 'No quotes.'))));
}

export async function storyView(id) {
  let st;
  try {
    st = await api('/api/stories/' + enc(id));
  } catch (err) {
    return missing(err, 'story');
  }
  return h('div', {class: 'story'},
    h('h1', null, st.title || 'Story'),
    h('p', {class: 'meta'}, span(st.first, st.last), ' · ', plural((st.documents || []).length, 'article')),
    h('div', {class: 'two-col'},
      h('section', null, h('h3', null, 'Articles, in time order'),
        h('ol', {class: 'story-docs'}, (st.documents || []).map(d => h('li', {class: d.copyOf ? 'copy' : null},
          h('time', null, d.published || 'undated'), ' ', link('article/' + enc(d.id), d.title || d.id),
          h('span', {class: 'muted'}, ' ' + (d.source || '')),
          d.copyOf ? [' ', h('span', {class: 'badge'}, 'copy')] : null)))),
      h('section', null, h('h3', null, 'Who and what'),
        h('ul', null, (st.entities || []).map(e => h('li', null,
          h('span', {class: 'ent ent-' + String(e.type).toLowerCase()}, e.name), ' ', h('span', {class: 'count'}, e.count)))))));
}
