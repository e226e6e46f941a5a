// Analyse pasted text or an HTML page with POST /api/analyze and show it, without storing it.
import {api, h, problem} from './dom.js';
import {renderDocument} from './article.js';

let last = {text: '', type: 'text/plain', date: ''};

export function analyzeView() {
  const area = h('textarea', {name: 'text', rows: 12, placeholder: 'Paste an article (plain text) or a whole HTML page…',
    'aria-label': 'article text or HTML'});
  area.value = last.text;
  const type = h('select', {name: 'type', 'aria-label': 'kind'},
    h('option', {value: 'text/plain'}, 'plain text'), h('option', {value: 'text/html'}, 'HTML page'));
  type.value = last.type;
  const date = h('input', {type: 'date', name: 'date', 'aria-label': 'publication date'});
  date.value = last.date;
  const out = h('div', {class: 'analysis'});
  const button = h('button', {type: 'submit'}, 'Analyse');
  const form = h('form', {class: 'analyze-form', onsubmit: async e => {
    e.preventDefault();
    last = {text: area.value, type: type.value, date: date.value};
    if (!area.value.trim()) {
      out.replaceChildren(h('p', {class: 'problem'}, 'Paste some text first.'));
      return;
    }
    button.disabled = true;
    out.replaceChildren(h('p', {class: 'muted busy'}, 'Analysing… (the first analysis loads the language models, which takes a few seconds)'));
    try {
      const doc = await api('/api/analyze' + (date.value ? '?date=' + date.value : ''), {
        method: 'POST', headers: {'Content-Type': type.value + '; charset=utf-8'}, body: area.value});
      out.replaceChildren(renderDocument(doc, {stored: false}));
    } catch (err) {
      out.replaceChildren(problem(err, 'Analysis failed'));
    } finally {
      button.disabled = false;
    }
  }}, area, h('div', {class: 'row'}, h('label', null, 'Kind ', type), h('label', null, 'Published ', date), button));
  return h('div', {class: 'analyze'}, h('h1', null, 'Analyze'),
    h('p', {class: 'muted'}, 'The article is analysed on the server and shown here; nothing is stored.'), form, out);
}
