/**
 * The part of a document one pre-rendered element needs, so that 50 cards on a page do not carry 50 copies of
 * the whole document inline. Pure; the result is validated again by the caller, which keeps the whole document
 * when a pruned one would not pass.
 */
import type { PcDocument } from '../schema/types.js';

type Attributes = Record<string, string | true>;

/** A copy of `value` without `keys`. */
function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

export function pruneDocument(doc: PcDocument, component: string, attributes: Attributes): PcDocument {
  const programmes = doc.programmes ?? [];
  const rest = omit(doc, 'goalTrees', 'programmes');
  const id = (name: string) =>
    typeof attributes[name] === 'string' ? (attributes[name] as string) : undefined;
  if (component === 'indicator-card') {
    for (const programme of programmes) {
      for (const goal of programme.goals) {
        const indicator = goal.indicators?.find((i) => i.id === id('indicator'));
        if (!indicator) continue;
        const programmeRest = omit(programme, 'ambition', 'finance');
        const goalRest = omit(goal, 'text', 'finance');
        return {
          ...rest,
          programmes: [{ ...programmeRest, goals: [{ ...goalRest, indicators: [indicator] }] }],
        };
      }
    }
    return doc;
  }
  if (component === 'budget-gauge' || component === 'saldo-table') {
    const goalId = component === 'budget-gauge' ? id('goal') : undefined;
    const programme = programmes.find((p) =>
      goalId ? p.goals.some((g) => g.id === goalId) : p.id === id('programme'),
    );
    if (!programme) return doc;
    const programmeRest = omit(programme, 'ambition');
    const goals = programme.goals
      .filter((goal) => !goalId || goal.id === goalId)
      .map((goal) => omit(goal, 'text', 'indicators'));
    return { ...rest, programmes: [{ ...programmeRest, goals }] };
  }
  if (component === 'goal-tree' && id('programme')) {
    const programme = programmes.find((p) => p.id === id('programme'));
    return programme ? { ...rest, programmes: [programme] } : doc;
  }
  return doc;
}
