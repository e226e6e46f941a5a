// An analysed article (CONTRACT §2) with its annotations drawn over the text. Offsets count
// Unicode code points, so they are mapped to the UTF-16 indices JavaScript strings use.
import {api, enc, h, link, titleOf, plural, problem, safeUrl} from './dom.js';
import {placesOf, worldMap} from './map.js';

export const SPEAKER_COLOURS = 8;

/** cp -> UTF-16 index for every code point offset 0..n of the text. */
export function codePointIndex(text) {
  const index = [0];
  let u = 0;
  for (const ch of text) {
    u += ch.length;
    index.push(u);
  }
  return index;
}

/** Speaker entity id -> colour slot, in order of first quote. */
function speakerSlots(doc) {
  const slots = new Map();
  for (const q of doc.quotes || []) {
    if (q.speaker && !slots.has(q.speaker)) slots.set(q.speaker, slots.size % SPEAKER_COLOURS);
  }
  return slots;
}

/** Every annotation as {start, end, kind, ...} in code points. */
function annotations(doc, entitiesById) {
  const out = [];
  for (const e of doc.entities || []) {
    for (const m of e.mentions || []) out.push({start: m.start, end: m.end, kind: 'mention', entity: e});
  }
  for (const q of doc.quotes || []) {
    if (q.start != null && q.end != null) out.push({start: q.start, end: q.end, kind: 'quote', quote: q});
    if (q.cueStart != null && q.cueEnd != null) out.push({start: q.cueStart, end: q.cueEnd, kind: 'cue', quote: q});
  }
  for (const r of doc.repairs || []) out.push({start: r.start, end: r.end, kind: 'repair', repair: r});
  for (const d of doc.dates || []) out.push({start: d.start, end: d.end, kind: 'date', date: d});
  if (doc.dateline) out.push({start: doc.dateline.start, end: doc.dateline.end, kind: 'dateline'});
  return out.filter(a => a.end > a.start);
}

function speakerName(doc, q, entitiesById) {
  if (q.speaker && entitiesById.has(q.speaker)) return entitiesById.get(q.speaker).name;
  if (q.speakerMention) return q.speakerMention.text;
  return null;
}

/** One run of text under the annotations that cover it all. */
function segment(text, covering, ctx) {
  const classes = [];
  const data = {};
  let person = null;
  for (const a of covering) {
    if (a.kind === 'mention') {
      classes.push('ent', 'ent-' + a.entity.type.toLowerCase());
      data['data-entity'] = a.entity.id;
      if (a.entity.personId) person = a.entity.personId;
    } else if (a.kind === 'quote') {
      const slot = ctx.slots.has(a.quote.speaker) ? 'sp' + ctx.slots.get(a.quote.speaker) : 'sp-none';
      classes.push('quote', slot, 'quote-' + a.quote.kind);
      data['data-quote'] = a.quote.id;
    } else if (a.kind === 'cue') {
      classes.push('cue');
    } else if (a.kind === 'repair') {
      classes.push('repair');
      data['data-repair'] = a.repair.kind + ': ' + JSON.stringify(a.repair.before) + ' → ' + JSON.stringify(a.repair.after);
    } else if (a.kind === 'date') {
      classes.push('date');
      data['data-date'] = a.date.value;
    } else if (a.kind === 'dateline') {
      classes.push('dateline');
    }
  }
  if (!classes.length) return document.createTextNode(text);
  const el = h(person ? 'a' : 'span', {class: classes.join(' '), ...data,
    href: person ? '#/person/' + enc(person) : null}, text);
  return el;
}

function paragraphs(doc, ctx) {
  const text = doc.text || '';
  const u = codePointIndex(text);
  const n = u.length - 1;
  const paras = doc.paragraphs && doc.paragraphs.length ? doc.paragraphs : [{start: 0, end: n, duplicateOf: null}];
  const notes = ctx.annotations;
  const cuts = new Set();
  for (const a of notes) { cuts.add(a.start); cuts.add(a.end); }
  // Sorted once, then swept: filtering every cut per paragraph and every note per segment froze
  // the tab on a long pasted page.
  const sortedCuts = [...cuts].sort((a, b) => a - b);
  const pointsOf = paras.map(p => {
    const inner = [];
    for (let k = firstAbove(sortedCuts, p.start); k < sortedCuts.length && sortedCuts[k] < p.end; k++) inner.push(sortedCuts[k]);
    return [p.start, p.end, ...inner].sort((a, b) => a - b);
  });
  const covering = coverings(notes, pointsOf);
  const out = [];
  paras.forEach((p, i) => {
    const points = pointsOf[i];
    const el = h('p', {class: 'para' + (p.duplicateOf != null ? ' dup' : ''), 'data-index': i, id: 'p' + i});
    el.append(h('span', {class: 'pnum', 'aria-hidden': 'true'}, String(i + 1)));
    if (p.duplicateOf != null) {
      el.append(h('a', {class: 'duplabel', href: '#p' + p.duplicateOf, 'data-dup-of': p.duplicateOf,
        onclick: e => { e.preventDefault(); document.getElementById('p' + p.duplicateOf)?.scrollIntoView({block: 'center'}); }},
        'repeats ¶' + (p.duplicateOf + 1) + (p.similarity != null ? ' (' + Math.round(p.similarity * 100) + '%)' : '')));
    }
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k], b = points[k + 1];
      if (b <= a) continue;
      el.append(segment(text.slice(u[a], u[b]), covering.get(a) || [], ctx));
    }
    out.push(el);
  });
  return out;
}

/** The index of the first value above {@code x} in ascending {@code values}. */
function firstAbove(values, x) {
  let lo = 0, hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * For each segment start, the notes covering the segment, in the notes' own order. No cut lies
 * inside a segment, so a note covers the one starting at a exactly when start <= a < end.
 */
function coverings(notes, pointsOf) {
  const starts = [...new Set(pointsOf.flat())].sort((a, b) => a - b);
  const byStart = notes.map((x, i) => i).sort((i, j) => notes[i].start - notes[j].start);
  const out = new Map();
  let active = [];
  let next = 0;
  for (const a of starts) {
    while (next < byStart.length && notes[byStart[next]].start <= a) active.push(byStart[next++]);
    active = active.filter(i => notes[i].end > a);
    if (active.length) out.set(a, [...active].sort((i, j) => i - j).map(i => notes[i]));
  }
  return out;
}

function legend(doc, ctx) {
  const speakers = [...ctx.slots.entries()].map(([id, slot]) => {
    const e = ctx.entitiesById.get(id);
    return h('li', null, h('span', {class: 'swatch sp' + slot}), e ? e.name : id);
  });
  const counts = kind => ctx.annotations.filter(a => a.kind === kind).length;
  return h('section', {class: 'legend'},
    h('h3', null, 'Marks'),
    h('ul', {class: 'keys'},
      h('li', null, h('span', {class: 'ent ent-person'}, 'person'), ' ', h('span', {class: 'ent ent-organization'}, 'organisation'), ' ',
        h('span', {class: 'ent ent-location'}, 'place'), ' ', h('span', {class: 'ent ent-misc'}, 'other')),
      h('li', null, h('span', {class: 'repair'}, 'repaired'), ' ', plural(counts('repair'), 'repair')),
      h('li', null, h('span', {class: 'date'}, 'date'), ' ', plural(counts('date'), 'date')),
      h('li', null, h('span', {class: 'dateline'}, 'dateline'), ' ', doc.dateline ? doc.dateline.text : 'none'),
      h('li', null, h('span', {class: 'duplabel'}, 'repeats ¶'), ' ',
        plural((doc.paragraphs || []).filter(p => p.duplicateOf != null).length, 'duplicate paragraph'))),
    speakers.length ? [h('h3', null, 'Speakers'), h('ul', {class: 'speakers'}, speakers)] : null);
}

function entityList(doc) {
  const groups = {};
  for (const e of doc.entities || []) (groups[e.type] ||= []).push(e);
  return h('section', {class: 'entities'}, h('h3', null, 'Entities'),
    Object.entries(groups).map(([type, list]) => h('div', null, h('h4', null, type.toLowerCase()),
      h('ul', null, list.sort((a, b) => (b.mentions || []).length - (a.mentions || []).length).map(e =>
        h('li', null,
          e.personId ? link('person/' + enc(e.personId), e.name) : link('search?entity=' + enc(e.name), e.name),
          ' ', h('span', {class: 'count'}, (e.mentions || []).length),
          e.roles && e.roles.length ? h('span', {class: 'roles'}, ' ' + e.roles.join('; ')) : null,
          e.place ? h('span', {class: 'muted'}, ' · ' + e.place.name + (e.place.country ? ', ' + e.place.country : '')) : null))))));
}

function quoteList(doc, ctx) {
  if (!(doc.quotes || []).length) return null;
  return h('section', {class: 'quotes'}, h('h3', null, plural(doc.quotes.length, 'quote')),
    h('ol', null, doc.quotes.map(q => {
      const slot = ctx.slots.has(q.speaker) ? 'sp' + ctx.slots.get(q.speaker) : 'sp-none';
      return h('li', {class: 'quote-item'}, h('span', {class: 'swatch ' + slot}),
        h('strong', null, speakerName(doc, q, ctx.entitiesById) || 'unattributed'), ' ', q.cue || '', ': ',
        h('q', null, q.text), h('span', {class: 'muted'}, ' ' + q.kind));
    })));
}

/** Shows the speaker and cue of a hovered quote (and what a hovered repair or date was). */
function attachTips(root, doc, ctx) {
  const tip = document.getElementById('tip');
  const quotes = new Map((doc.quotes || []).map(q => [q.id, q]));
  root.addEventListener('mouseover', e => {
    const t = e.target.closest('[data-quote],[data-repair],[data-date]');
    if (!t || !root.contains(t)) { tip.hidden = true; return; }
    const lines = [];
    if (t.dataset.quote) {
      const q = quotes.get(t.dataset.quote);
      lines.push((speakerName(doc, q, ctx.entitiesById) || 'unattributed speaker') + ' · ' + (q.cue || 'no cue')
        + ' · ' + q.kind + (q.confidence != null ? ' · ' + Math.round(q.confidence * 100) + '%' : ''));
    }
    if (t.dataset.repair) lines.push('repaired ' + t.dataset.repair);
    if (t.dataset.date) lines.push('date ' + t.dataset.date);
    tip.textContent = lines.join('\n');
    const r = t.getBoundingClientRect();
    tip.style.left = Math.round(r.left + window.scrollX) + 'px';
    tip.style.top = Math.round(r.bottom + window.scrollY + 6) + 'px';
    tip.hidden = false;
  });
  root.addEventListener('mouseleave', () => { tip.hidden = true; });
}

/** The article view of an analysed document; opts.stored false for an unstored analysis. */
export function renderDocument(doc, opts = {}) {
  const entitiesById = new Map((doc.entities || []).map(e => [e.id, e]));
  const ctx = {entitiesById, slots: speakerSlots(doc), annotations: annotations(doc, entitiesById)};
  const body = h('div', {class: 'article-text'}, paragraphs(doc, ctx));
  attachTips(body, doc, ctx);
  const places = placesOf([doc]);
  return h('article', {class: 'article', 'data-id': doc.id},
    opts.stored === false ? h('p', {class: 'notice'}, 'Analysed here and not stored.') : null,
    h('h1', null, opts.stored === false && !doc.title ? 'Analysed article' : titleOf(doc)),
    h('div', {class: 'meta'},
      doc.published || 'undated', doc.byline ? ' · ' + doc.byline : '', ' · ', doc.source || '',
      doc.url ? [' · ', safeUrl(doc.url)] : null),
    h('div', {class: 'relations'},
      doc.copyOf && doc.copyOf !== doc.id ? h('span', {class: 'copyof'}, 'Copy of ', link('article/' + enc(doc.copyOf), 'the earlier article')) : null,
      doc.storyId ? h('span', {class: 'story'}, ' Part of ', link('story/' + enc(doc.storyId), 'a story')) : null),
    h('div', {class: 'article-layout'},
      body,
      h('aside', {class: 'side'}, legend(doc, ctx), quoteList(doc, ctx), entityList(doc),
        places.length ? h('section', {class: 'article-map'}, h('h3', null, 'Places'), worldMap(places)) : null)));
}

export async function articleView(id) {
  try {
    return renderDocument(await api('/api/documents/' + enc(id)), {stored: true});
  } catch (err) {
    return problem(err, err.status === 404 ? 'No such article' : 'The article could not be loaded');
  }
}
