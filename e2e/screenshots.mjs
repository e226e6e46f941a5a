// Screenshots of each view of the page for the README, from a server over a real store:
//   node e2e/screenshots.mjs --base http://localhost:8080 [--out docs/screenshots] [--chromium PATH]
// When the server has no people or stories routes (404 on /api/people), the person and story
// views are shown with data assembled from /api/search (the agreed shapes), and the file names
// say so (person-from-search.png, story-from-search.png).
import {chromium} from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) =>
  a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc, []));
const base = args.base || 'http://localhost:8080';
const out = args.out || 'docs/screenshots';
fs.mkdirSync(out, {recursive: true});
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {executablePath: args.chromium || '/usr/bin/chromium',
  headless: true, args: FLAGS, viewport: {width: 1280, height: 860}});
const page = context.pages()[0] || await context.newPage();
page.setDefaultTimeout(60000);
const get = async p => (await page.request.get(base + p)).json();

async function view(hash, name, ready) {
  const before = await page.evaluate(() => Number(document.getElementById('view')?.dataset.renders || 0)).catch(() => 0);
  await page.goto(base + '/' + hash);
  await page.waitForFunction(n => Number(document.getElementById('view')?.dataset.renders || 0) > n, before);
  if (ready) await page.waitForSelector(ready);
  await page.waitForTimeout(300);
  if (name) await page.screenshot({path: path.join(out, name + '.png')});
  console.log('saved ' + name);
}

await page.goto(base + '/');
await view('#/search?q=minister', 'search');
const top = await get('/api/search?q=grain');
const first = top.hits[0] || (await get('/api/search?size=1')).hits[0];
await view('#/article/' + first.id, null);
await page.hover('.article-text .quote >> nth=2');
await page.waitForTimeout(200);
await page.screenshot({path: path.join(out, 'article.png')});
console.log('saved article');
await view('#/map', 'map', '.mapview svg[data-drawn]');

const people = await page.request.get(base + '/api/people?size=1');
let suffix = '';
if (people.status() === 200 && (await people.json()).people.length) {
  const p = (await people.json()).people[0];
  await view('#/person/' + encodeURIComponent(p.id), 'person', '.person');
  // The first of the person's articles that belongs to a story.
  const profile = await get('/api/people/' + encodeURIComponent(p.id));
  for (const d of profile.documents || []) {
    const doc = await get('/api/documents/' + d.id);
    if (doc && doc.storyId) {
      await view('#/story/' + encodeURIComponent(doc.storyId), 'story', '.story');
      break;
    }
  }
} else {
  // Assemble a person and a story from search results, in the agreed shapes.
  suffix = '-from-search';
  const all = await get('/api/search?size=100');
  // The speaker quoted most often among the top of the speaker facet.
  let speaker = null, hits = [];
  for (const {value} of all.facets.speaker) {
    const mine = (await get('/api/search?size=100&speaker=' + encodeURIComponent(value))).hits;
    const count = list => list.reduce((n, h) => n + h.quotes.length, 0);
    if (count(mine) > count(hits)) { speaker = value; hits = mine; }
  }
  const byDate = (a, b) => String(a.published).localeCompare(String(b.published));
  const person = {id: 'from-search', name: speaker, names: [speaker], roles: [], organizations: [],
    quotes: hits.flatMap(h => h.quotes.map(q => ({documentId: h.id, title: h.title || h.source.split(/[\/#]/).pop(),
      published: h.published, text: q.text, type: q.kind, cue: q.cue}))).sort(byDate),
    documents: hits.map(h => ({id: h.id, title: h.title || h.source.split(/[\/#]/).pop(), published: h.published})).sort(byDate)};
  const place = all.facets.place[0].value;
  const story = await get('/api/search?size=100&place=' + encodeURIComponent(place));
  const storyJson = {id: 'from-search', title: 'Articles about ' + place,
    first: story.hits.map(h => h.published).sort()[0], last: story.hits.map(h => h.published).sort().pop(),
    documents: story.hits.map(h => ({id: h.id, title: h.title || h.source.split(/[\/#]/).pop(), source: h.source, published: h.published, copyOf: h.copyOf})).sort(byDate),
    entities: story.facets.entity.map(e => ({name: e.value, type: 'MISC', count: e.count}))};
  await page.route('**/api/people/from-search', r => r.fulfill({status: 200, contentType: 'application/json', body: JSON.stringify(person)}));
  await page.route('**/api/stories/from-search', r => r.fulfill({status: 200, contentType: 'application/json', body: JSON.stringify(storyJson)}));
  await view('#/person/from-search', 'person' + suffix, '.person');
  await view('#/story/from-search', 'story' + suffix, '.story');
}

await view('#/analyze', null);
const sample = fs.readFileSync(new URL('../examples/articles/12-mumbai-cricket-desai.txt', import.meta.url), 'utf8');
await page.fill('textarea', sample);
await page.click('.analyze-form button');
await page.waitForSelector('.analysis article', {timeout: 180000});
await page.evaluate(() => window.scrollBy(0, document.querySelector('.analyze-form .row').getBoundingClientRect().top - 20));
await page.screenshot({path: path.join(out, 'analyze.png')});
console.log('saved analyze');
await context.close();
fs.rmSync(userDataDir, {recursive: true, force: true});
