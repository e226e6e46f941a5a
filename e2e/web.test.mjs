// Browser tests of the Newsgraph page: Debian's chromium driven by playwright-core against a
// running server whose store holds server's WebFixtures (WebPageE2ETest starts both).
//   node e2e/web.test.mjs --base http://localhost:PORT --shots DIR --rich ID --xss ID
// Prints 'ok'/'not ok' per check and 'e2e: N passed, N failed'; exits 1 on any failure.
import {chromium} from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) =>
  a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc, []));
const base = args.base;
const shots = args.shots || 'target/screenshots';
const executablePath = args.chromium || '/usr/bin/chromium';
if (!base || !args.rich || !args.xss) {
  console.error('usage: node web.test.mjs --base URL --rich ID --xss ID [--shots DIR] [--chromium PATH]');
  process.exit(2);
}
fs.mkdirSync(shots, {recursive: true});

export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let passed = 0, failed = 0;
const problems = [];

function check(cond, what) {
  if (!cond) throw new Error(what);
}

async function test(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok - ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}: ${e.message.split('\n')[0]}`);
    if (process.env.E2E_DEBUG) console.log(e.stack);
  }
}

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath, headless: true, args: FLAGS, viewport: {width: 1280, height: 860}, timeout: 60000});
const page = context.pages()[0] || await context.newPage();
page.setDefaultTimeout(20000);
page.on('console', m => {
  if (m.type() === 'error' && !/status of 404/.test(m.text())) problems.push('console: ' + m.text());
});
page.on('pageerror', e => problems.push('page error: ' + e.message));
page.on('dialog', d => { problems.push('dialog opened: ' + d.message()); d.dismiss(); });

/** Runs an action that changes the route and waits until the new view has rendered. */
async function nav(action) {
  const before = await page.evaluate(() => Number(document.getElementById('view')?.dataset.renders || 0)).catch(() => 0);
  await action();
  await page.waitForFunction(n => Number(document.getElementById('view')?.dataset.renders || 0) > n
    && document.getElementById('view').getAttribute('aria-busy') === 'false', before);
}

async function go(hash) {
  if (!page.url().startsWith(base)) await page.goto(base + '/');
  await nav(() => page.goto(base + '/' + hash));
}

/** The text of each quote, its marked pieces joined (a date or name inside splits it). */
async function quoteTexts(scope) {
  return page.$$eval(scope + ' .article-text .quote', els => {
    const byId = new Map();
    for (const e of els) byId.set(e.dataset.quote, (byId.get(e.dataset.quote) || '') + e.textContent);
    return [...byId.values()];
  });
}

async function shot(name) {
  await page.screenshot({path: path.join(shots, name + '.png'), fullPage: false});
}

const text = sel => page.locator(sel).allTextContents();

try {
  await test('search finds words, marks them, counts facets and filters by one', async () => {
    await go('#/search?q=grain');
    const titles = await text('.hit h3');
    check(titles.includes('Grain talks in Geneva'), 'hits: ' + titles);
    const marks = await text('.snippet mark');
    check(marks.some(m => /grain/i.test(m)), 'marks: ' + marks);
    const speakers = await text('[data-facet=speaker] li a');
    check(speakers.includes('Anna Smith') && speakers.includes('Tom Ng'), 'speaker facet: ' + speakers);
    await shot('search');
    await nav(() => page.click('[data-facet=speaker] li a:text-is("Tom Ng")'));
    const after = await text('.hit h3');
    check(after.length === 1 && after[0] === 'Grain talks in Geneva', 'filtered hits: ' + after);
  });

  await test('an empty search pages through every article', async () => {
    await go('#/search');
    check((await text('.total'))[0].startsWith('13 articles'), 'total: ' + await text('.total'));
    check((await page.locator('.hit').count()) === 10, 'first page has 10');
    await nav(() => page.click('.pager a:text-is("next ›")'));
    check((await page.locator('.hit').count()) === 3, 'second page has 3');
  });

  await test('the article shows its marks at code-point offsets, a colour per speaker', async () => {
    await go('#/article/' + args.rich);
    const quotes = await page.$$eval('.article-text .quote', els => els.map(e => ({t: e.textContent, c: e.className})));
    const grain = quotes.find(q => q.t === 'We will not accept the grain deal.');
    const rates = quotes.find(q => q.t.startsWith('Rates must fall soon.'));
    check(grain && rates, 'quote texts (the emoji before must not shift them): ' + JSON.stringify(quotes));
    const colour = c => (c.match(/\bsp\d\b/) || [''])[0];
    check(colour(grain.c) && colour(rates.c) && colour(grain.c) !== colour(rates.c), 'speaker colours: ' + grain.c + ' / ' + rates.c);
    check((await text('.article-text .ent-person')).includes('Anna Smith'), 'person marked');
    check((await text('.article-text .ent-location')).includes('London'), 'place marked');
    check((await text('.article-text .dateline')).join('').startsWith('GENEVA'), 'dateline: ' + await text('.dateline'));
    check((await page.getAttribute('.article-text .date', 'data-date')) === '2024-03-04', 'date value');
    check((await text('.article-text .repair')).join('') === '\u2019', 'repair: ' + await text('.article-text .repair'));
    check((await page.locator('.para.dup').count()) === 1, 'one duplicate paragraph');
    check((await text('.para.dup .duplabel'))[0].startsWith('repeats ¶2'), 'duplicate label');
    await page.hover('.article-text .quote >> nth=1');
    const tip = await page.locator('#tip').textContent();
    check(await page.locator('#tip').isVisible() && tip.includes('Tom Ng') && tip.includes('said'), 'hover tip: ' + tip);
    await shot('article');
  });

  await test('markup, script, onerror= and javascript: in an article stay text', async () => {
    await page.evaluate(() => { window.__xss = undefined; });
    await go('#/search?q=hostile');
    await go('#/article/' + args.xss);
    await page.hover('.article-text .quote');
    await page.waitForTimeout(300);
    check(await page.evaluate(() => window.__xss === undefined), 'a payload ran: ' + await page.evaluate(() => window.__xss));
    check((await page.locator('#view script, #view img, #view b, #view iframe').count()) === 0, 'markup became elements');
    check((await page.locator('a[href^="javascript:" i]').count()) === 0, 'a javascript: link exists');
    const body = (await text('.article-text')).join('');
    check(body.includes('<script>window.__xss') && body.includes('onerror=') && body.includes('href="javascript:'), 'shown as text: ' + body);
    check((await text('h1'))[0].includes('<img src=x onerror='), 'title as text');
  });

  await test('the map draws the outlines and the places of an article and of a search', async () => {
    await go('#/article/' + args.rich);
    await page.waitForSelector('.article-map svg[data-drawn]');
    check(Number(await page.getAttribute('.article-map svg', 'data-drawn')) > 100, 'countries drawn');
    const places = await page.$$eval('.article-map circle.place', cs => cs.map(c => c.dataset.place));
    check(places.includes('Geneva') && places.includes('London'), 'article places: ' + places);
    await go('#/map?q=grain');
    await page.waitForSelector('.mapview svg[data-drawn]');
    const searchPlaces = await page.$$eval('.mapview circle.place', cs => cs.map(c => c.dataset.place));
    check(searchPlaces.includes('Geneva'), 'search places: ' + searchPlaces);
    await go('#/map');
    await page.waitForSelector('.mapview svg[data-drawn]');
    const all = await page.$$eval('.mapview circle.place', cs => cs.map(c => c.dataset.place));
    check(all.includes('Geneva') && all.includes('London'), 'all places: ' + all);
    check((await text('.mapview .total'))[0].includes('in 13 articles'), 'every article read: ' + await text('.mapview .total'));
    await shot('map');
  });

  await test('a person and a story render from their routes, and 404 says so', async () => {
    // The people and stories routes come from another branch; serve their agreed shapes here.
    const doc = await (await page.request.get(base + '/api/documents/' + args.rich)).json();
    doc.id = 'feedfacefeedface';
    doc.storyId = 's-grain';
    for (const e of doc.entities) if (e.type === 'PERSON') e.personId = e.name === 'Anna Smith' ? 'p-anna' : null;
    const person = {id: 'p-anna', name: 'Anna Smith', names: ['Anna Smith', 'Smith', 'A. Smith'],
      roles: [{role: 'trade minister', first: '2024-02-01', last: '2024-03-05', documents: 2}],
      organizations: [{name: 'Trade Ministry', count: 2}],
      quotes: [{documentId: args.rich, title: 'Grain talks in Geneva', published: '2024-03-05', text: 'We will not accept the grain deal.', type: 'direct', cue: 'said'},
        {documentId: args.xss, title: 'Hostile <i>title</i>', published: '2024-04-01', text: '<img src=x onerror="window.__xss=1">', type: 'partial', cue: 'told'}],
      documents: [{id: args.rich, title: 'Grain talks in Geneva', published: '2024-03-05'}]};
    const story = {id: 's-grain', title: 'Grain talks', first: '2024-03-05', last: '2024-04-01',
      documents: [{id: args.rich, title: 'Grain talks in Geneva', source: 'fixtures/rich.txt', published: '2024-03-05', copyOf: null},
        {id: args.xss, title: 'Hostile title', source: 'fixtures/xss.html', published: '2024-04-01', copyOf: args.rich}],
      entities: [{name: 'Anna Smith', type: 'PERSON', count: 3}, {name: 'Geneva', type: 'LOCATION', count: 2}]};
    const json = body => ({status: 200, contentType: 'application/json', body: JSON.stringify(body)});
    await page.route('**/api/documents/feedfacefeedface', r => r.fulfill(json(doc)));
    await page.route('**/api/people/p-anna', r => r.fulfill(json(person)));
    await page.route('**/api/stories/s-grain', r => r.fulfill(json(story)));
    await go('#/article/feedfacefeedface');
    await nav(() => page.click('.article-text a.ent-person:text-is("Anna Smith")'));
    check((await text('.person h1'))[0] === 'Anna Smith', 'person name');
    check((await text('.timeline time')).join(',') === '2024-03-05,2024-04-01', 'timeline: ' + await text('.timeline time'));
    check((await page.locator('#view img').count()) === 0 && await page.evaluate(() => window.__xss === undefined), 'quote as text');
    await shot('person');
    await go('#/article/feedfacefeedface');
    await nav(() => page.click('.relations a:text-is("a story")'));
    check((await page.locator('.story-docs li').count()) === 2, 'story documents');
    await shot('story');
    await page.unrouteAll();
    await go('#/person/nobody-here');
    check((await text('.notfound')).join('').includes('Not found'), 'a 404 person says so');
    await go('#/story/nobody-here');
    check((await text('.notfound')).join('').includes('Not found'), 'a 404 story says so');
  });

  await test('analyze posts text and shows the analysed article, unstored', async () => {
    await go('#/analyze');
    await page.fill('textarea', '\u201cWe will reopen the bridge by May,\u201d Mayor Ana Ruiz said on Monday. <script>window.__xss=1</script>');
    await page.fill('input[type=date]', '2024-03-06');
    await page.click('.analyze-form button');
    await page.waitForSelector('.analysis article, .analysis .problem', {timeout: 150000});
    check(await page.locator('.analysis .notice').count() === 1, 'analysis failed: ' + await text('.analysis'));
    const quotes = await quoteTexts('.analysis');
    check(quotes.some(q => q.includes('We will reopen the bridge by May')), 'quote marked: ' + quotes);
    check((await text('.analysis .speakers li')).includes('Ana Ruiz'), 'speaker: ' + await text('.analysis .speakers li'));
    check(await page.evaluate(() => window.__xss === undefined), 'posted script ran');
    await page.locator('.analyze-form .row').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, document.querySelector('.analyze-form .row').getBoundingClientRect().top - 20));
    await shot('analyze');
  });

  await test('a bad route shows a problem or the search, never Loading forever', async () => {
    await go('#/article/%zz');
    check((await page.locator('#view .problem').count()) === 1, 'bad id: ' + await text('#view'));
    await go('#/constructor');
    check(await page.evaluate(() => document.body.dataset.view) === 'search', 'constructor route: '
      + await page.evaluate(() => document.body.dataset.view));
  });

  await test('no console errors, CSP violations or dialogs', async () => {
    check(problems.length === 0, problems.join(' | '));
  });
} finally {
  await context.close();
  fs.rmSync(userDataDir, {recursive: true, force: true});
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
