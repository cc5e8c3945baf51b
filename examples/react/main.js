// pc-charts inside a React 19 app, from the built package (dist/): the elements are used like any other tag.
// React 19 passes properties (here `data`) and custom events (`onpc-node-select`) to custom elements directly.
// Written with createElement instead of JSX so the example needs no build plugin.
import { createElement as h, StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { validateDocument } from 'pc-charts';
import 'pc-charts/define/all.js';

const SRC = '../data/jaarstukken-2025-programma-2.json';

function useDocument(url) {
  const [state, setState] = useState({ document: undefined, error: '' });
  useEffect(() => {
    let current = true;
    fetch(url)
      .then((response) => response.text())
      .then((text) => {
        const result = validateDocument(text);
        if (current)
          setState(
            result.ok ? { document: result.document, error: '' } : { error: result.errors[0].message },
          );
      })
      .catch((error) => current && setState({ error: String(error) }));
    return () => {
      current = false;
    };
  }, [url]);
  return state;
}

function App() {
  const { document: doc, error } = useDocument(SRC);
  const [indicator, setIndicator] = useState('jeugdhulp-unieke-jeugdigen');
  const [selected, setSelected] = useState('');
  const indicators = doc
    ? doc.programmes.flatMap((programme) => programme.goals.flatMap((goal) => goal.indicators ?? []))
    : [];

  return h(
    'main',
    { 'data-framework': 'react' },
    h('h1', null, 'pc-charts in React'),
    h('p', null, 'Vier componenten uit het gebouwde pakket, in een React-app.'),
    error ? h('p', { role: 'alert' }, error) : null,
    h('h2', null, 'Indicator'),
    h('label', { htmlFor: 'indicator' }, 'Kies een indicator'),
    h(
      'select',
      { id: 'indicator', value: indicator, onChange: (event) => setIndicator(event.target.value) },
      indicators.map((item) => h('option', { key: item.id, value: item.id }, item.title)),
    ),
    h('pc-indicator-card', { src: SRC, indicator }),
    h('h2', null, 'Uitgaven'),
    h('pc-budget-gauge', { src: SRC, programme: 'p2', measure: 'expenses' }),
    h('h2', null, 'Saldo per doelstelling'),
    // The document React already holds goes in as a property: no second request.
    doc ? h('pc-saldo-table', { data: doc, programme: 'p2' }) : null,
    h('h2', null, 'Doelenboom'),
    h('pc-goal-tree', {
      src: SRC,
      programme: 'p2',
      'onpc-node-select': (event) => setSelected(event.detail.title),
    }),
    h('p', { className: 'status', role: 'status', id: 'selected' }, selected ? `Gekozen: ${selected}` : ''),
  );
}

createRoot(document.getElementById('app')).render(h(StrictMode, null, h(App)));
