// pc-charts inside a Vue 3 app, from the built package (dist/). Render functions (h) instead of templates, so the
// runtime-only Vue build suffices and no compiler plugin is needed. Vue sets `data` as a DOM property because the
// element defines it, and listens to the custom event with `onPcNodeSelect` (Vue maps it to "pc-node-select").
import { computed, createApp, h, onMounted, ref, shallowRef } from 'vue';
import { validateDocument } from 'pc-charts';
import 'pc-charts/define/all.js';

const SRC = '../data/jaarstukken-2025-programma-2.json';

const App = {
  setup() {
    const doc = shallowRef();
    const error = ref('');
    const indicator = ref('jeugdhulp-unieke-jeugdigen');
    const selected = ref('');
    const indicators = computed(() =>
      doc.value
        ? doc.value.programmes.flatMap((programme) =>
            programme.goals.flatMap((goal) => goal.indicators ?? []),
          )
        : [],
    );

    onMounted(async () => {
      try {
        const result = validateDocument(await (await fetch(SRC)).text());
        if (result.ok) doc.value = result.document;
        else error.value = result.errors[0].message;
      } catch (failure) {
        error.value = String(failure);
      }
    });

    return () =>
      h('main', { 'data-framework': 'vue' }, [
        h('h1', 'pc-charts in Vue'),
        h('p', 'Vier componenten uit het gebouwde pakket, in een Vue-app.'),
        error.value ? h('p', { role: 'alert' }, error.value) : null,
        h('h2', 'Indicator'),
        h('label', { for: 'indicator' }, 'Kies een indicator'),
        h(
          'select',
          {
            id: 'indicator',
            value: indicator.value,
            onChange: (event) => {
              indicator.value = event.target.value;
            },
          },
          indicators.value.map((item) => h('option', { key: item.id, value: item.id }, item.title)),
        ),
        h('pc-indicator-card', { src: SRC, indicator: indicator.value }),
        h('h2', 'Uitgaven'),
        h('pc-budget-gauge', { src: SRC, programme: 'p2', measure: 'expenses' }),
        h('h2', 'Saldo per doelstelling'),
        // The document Vue already holds goes in as a property: no second request.
        doc.value ? h('pc-saldo-table', { data: doc.value, programme: 'p2' }) : null,
        h('h2', 'Doelenboom'),
        h('pc-goal-tree', {
          src: SRC,
          programme: 'p2',
          onPcNodeSelect: (event) => {
            selected.value = event.detail.title;
          },
        }),
        h(
          'p',
          { class: 'status', role: 'status', id: 'selected' },
          selected.value ? `Gekozen: ${selected.value}` : '',
        ),
      ]);
  },
};

createApp(App).mount('#app');
