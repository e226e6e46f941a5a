// A world map drawn offline: Natural Earth's country outlines (TopoJSON from the npm package
// world-atlas, shipped in the jar) in an equirectangular projection, with a dot per place.
import {h, s} from './dom.js';

const W = 960, H = 480;
let outlines = null;

/** Longitude/latitude -> map coordinates. */
export function project(lon, lat) {
  return [(lon + 180) * W / 360, (90 - lat) * H / 180];
}

/** Decodes TopoJSON arcs (quantized, delta-encoded) into [lon, lat] lists. */
export function decodeArcs(topology) {
  const t = topology.transform;
  return topology.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      x += dx; y += dy;
      return t ? [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] : [x, y];
    });
  });
}

function ringPath(ring, arcs) {
  const pts = [];
  for (const i of ring) {
    const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    for (let k = pts.length ? 1 : 0; k < arc.length; k++) pts.push(arc[k]);
  }
  // Rings that cross the antimeridian (Russia, Fiji, Antarctica) are unwrapped, so they run off
  // the map's edge instead of drawing a line across the world.
  let prev = null;
  return 'M' + pts.map(([lon, lat]) => {
    if (prev != null) {
      while (lon - prev > 180) lon -= 360;
      while (lon - prev < -180) lon += 360;
    }
    prev = lon;
    return project(lon, lat).map(v => v.toFixed(1)).join(',');
  }).join('L') + 'Z';
}

/** One SVG path string per country: {name, d}. */
export function countryPaths(topology) {
  const arcs = decodeArcs(topology);
  return topology.objects.countries.geometries.map(g => {
    const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    return {name: (g.properties && g.properties.name) || '', d: polys.flatMap(rings => rings.map(r => ringPath(r, arcs))).join('')};
  });
}

function loadOutlines() {
  outlines ||= fetch('/web/countries-110m.json').then(r => {
    if (!r.ok) throw new Error('outlines: HTTP ' + r.status);
    return r.json();
  }).then(countryPaths);
  return outlines;
}

/** The geocoded places of documents, one per place, with how many mentions each has. */
export function placesOf(docs) {
  const byKey = new Map();
  for (const doc of docs) {
    for (const e of doc.entities || []) {
      const p = e.place;
      if (!p || p.lat == null || p.lon == null) continue;
      const key = p.geonamesId || p.name + p.lat + p.lon;
      const at = byKey.get(key) || {name: p.name, country: p.country, lat: p.lat, lon: p.lon, count: 0, docs: new Set()};
      at.count += Math.max(1, (e.mentions || []).length);
      at.docs.add(doc.id);
      byKey.set(key, at);
    }
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}

/** The view box around the places, at least 60° wide, 2:1 like the map. */
function frame(places) {
  if (!places.length) return [0, 0, W, H];
  const xy = places.map(p => project(p.lon, p.lat));
  let x0 = Math.min(...xy.map(p => p[0])), x1 = Math.max(...xy.map(p => p[0]));
  let y0 = Math.min(...xy.map(p => p[1])), y1 = Math.max(...xy.map(p => p[1]));
  let w = Math.max(x1 - x0, (y1 - y0) * 2, 160) * 1.25;
  w = Math.min(w, W);
  const hgt = w / 2;
  const cx = Math.min(Math.max((x0 + x1) / 2, w / 2), W - w / 2);
  const cy = Math.min(Math.max((y0 + y1) / 2, hgt / 2), H - hgt / 2);
  return [cx - w / 2, cy - hgt / 2, w, hgt];
}

/** An SVG map of the places; the outlines are drawn as soon as they are loaded. */
export function worldMap(places, opts = {}) {
  const box = opts.world ? [0, 0, W, H] : frame(places);
  const k = box[2] / W;
  const land = s('g', {class: 'land'});
  const dots = s('g', {class: 'dots'});
  const max = Math.max(1, ...places.map(p => p.count));
  places.forEach((p, i) => {
    const [x, y] = project(p.lon, p.lat);
    const r = (3 + 9 * Math.sqrt(p.count / max)) * Math.max(k, 0.25);
    const label = p.name + (p.country ? ', ' + p.country : '') + ': ' + p.count + (p.count === 1 ? ' mention' : ' mentions');
    dots.append(s('circle', {cx: x.toFixed(2), cy: y.toFixed(2), r: r.toFixed(2), class: 'place', 'data-place': p.name},
      s('title', null, label)));
    if (i < (opts.labels ?? 12)) {
      dots.append(s('text', {x: (x + r + 2 * k).toFixed(2), y: (y + 4 * k).toFixed(2), 'font-size': (12 * k).toFixed(2), class: 'place-label'}, p.name));
    }
  });
  const svg = s('svg', {viewBox: box.map(v => v.toFixed(1)).join(' '), class: 'worldmap', role: 'img',
    'aria-label': 'map of ' + places.length + ' places', 'data-places': places.length},
  s('rect', {x: 0, y: 0, width: W, height: H, class: 'sea'}), land, dots);
  loadOutlines().then(paths => {
    for (const c of paths) land.append(s('path', {d: c.d, class: 'country'}, s('title', null, c.name)));
    svg.dataset.drawn = String(paths.length);
  }).catch(err => {
    svg.dataset.drawn = '0';
    svg.append(s('text', {x: box[0] + 10 * k, y: box[1] + 20 * k, 'font-size': 14 * k}, 'outlines unavailable: ' + err.message));
  });
  return h('div', {class: 'mapbox'}, svg);
}
