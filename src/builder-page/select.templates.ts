/**
 * A labelled list of the builder page. Long lists (thousands of indicators) get a search field, and the list
 * then holds at most LIST_LIMIT matches: a `<select>` of 10,000 options would hold the main thread while it is
 * built, and nobody scrolls through it.
 */
import { html, nothing } from 'lit';
import { formatNumber } from '../lib/format.js';
import type { Choice } from './options.js';
import type { PageLocale, StringKey } from './strings.js';

export const LIST_LIMIT = 200;

export interface SelectProps {
  id: string;
  label: string;
  value: string;
  choices: Choice[];
  onChange: (value: string) => void;
  /** Whether "(standaard)" is a choice (the attribute is then not written). */
  optional: boolean;
  t: (key: StringKey, params?: Record<string, string | number>) => string;
  locale: PageLocale;
  /** The search field's text, and what typing in it does. */
  filter: string;
  onFilter: (text: string) => void;
}

export function selectField(p: SelectProps) {
  const long = p.choices.length > LIST_LIMIT;
  const shown = long ? visibleChoices(p.choices, p.filter.toLowerCase(), p.value) : p.choices;
  const count = (n: number) => formatNumber(n, p.locale, 0);
  return html`<p class="field">
    ${
      long
        ? html`<label for=${`${p.id}-search`}>${p.t('search', { what: p.label.toLowerCase() })}</label>
            <input
              id=${`${p.id}-search`}
              type="search"
              .value=${p.filter}
              @input=${(event: Event) => p.onFilter((event.target as HTMLInputElement).value)}
            />
            <span class="hint"
              >${p.t('shown', { shown: count(shown.length), total: count(p.choices.length) })}</span
            >`
        : nothing
    }
    <label for=${p.id}>${p.label}</label>
    <select id=${p.id} @change=${(event: Event) => p.onChange((event.target as HTMLSelectElement).value)}>
      ${p.optional ? html`<option value="" ?selected=${p.value === ''}>${p.t('default')}</option>` : nothing}
      ${shown.map((choice) => {
        const text = choice.label !== choice.value ? `${choice.label} (${choice.value})` : choice.label;
        return html`<option value=${choice.value} ?selected=${choice.value === p.value}>${text}</option>`;
      })}
    </select>
  </p>`;
}

/** The matches of a search (on label or id, `filter` in lower case), the chosen one always among them, at most LIST_LIMIT. */
export function visibleChoices(choices: Choice[], filter: string, value: string): Choice[] {
  const shown: Choice[] = [];
  for (const choice of choices) {
    if (shown.length >= LIST_LIMIT) break;
    if (
      choice.value === value ||
      !filter ||
      choice.label.toLowerCase().includes(filter) ||
      choice.value.toLowerCase().includes(filter)
    )
      shown.push(choice);
  }
  const chosen = choices.find((choice) => choice.value === value);
  if (chosen && !shown.includes(chosen)) shown.unshift(chosen);
  return shown;
}
