// The page's router: hash routes, one view at a time, each built from the /api routes only.
import {clear, h, problem} from './dom.js';
import {searchView} from './search.js';
import {articleView} from './article.js';
import {personView, storyView} from './people.js';
import {mapView} from './mapview.js';
import {analyzeView} from './analyze.js';

const views = {
  search: params => searchView(params),
  article: (params, id) => articleView(id),
  person: (params, id) => personView(id),
  story: (params, id) => storyView(id),
  map: params => mapView(params),
  analyze: () => analyzeView(),
};

/**
 * '#/article/abc?x=1' -> {name: 'article', id: 'abc', params: URLSearchParams}. The id stays
 * encoded: render decodes it inside its try, so '%zz' shows a problem, not Loading forever.
 * Only the views' own names route ('#/constructor' is not one, though every object has it).
 */
export function parseRoute(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const [name, ...rest] = path.split('/');
  return {name: Object.hasOwn(views, name) ? name : 'search', rawId: rest.length ? rest.join('/') : null, params};
}

let rendering = 0;

async function render() {
  const view = document.getElementById('view');
  const route = parseRoute(location.hash);
  for (const a of document.querySelectorAll('[data-nav]')) {
    a.classList.toggle('active', a.dataset.nav === route.name);
  }
  const ticket = ++rendering;
  document.getElementById('tip').hidden = true; // a tip from the view before must not linger
  view.setAttribute('aria-busy', 'true');
  let content;
  try {
    const id = route.rawId == null ? null : decodeURIComponent(route.rawId);
    content = await views[route.name](route.params, id);
  } catch (err) {
    content = problem(err, 'Something went wrong');
  }
  if (ticket !== rendering) return; // a newer route won the race
  clear(view).append(content);
  view.setAttribute('aria-busy', 'false');
  view.dataset.renders = String(ticket); // lets tests wait for this view, not the one before
  document.body.dataset.view = route.name;
  window.scrollTo(0, 0);
}

window.addEventListener('hashchange', render);
render();
export {h};
