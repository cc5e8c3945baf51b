/**
 * The Oordelen sheet → `goal.verdicts`: "Doel gehaald" verdicts a source prints without their indicator (the 2023
 * web edition shows its indicators as images, so only the verdicts and their explanations can be transcribed).
 * One row per verdict, in the sheet's order, each placed on the goal its Doelstelling names.
 */
import { builderProblem } from './problems.js';
import type { ReadSheet } from './sheet-rows.js';
import type { Builder, Obj } from './to-document.js';

export function readVerdicts(builder: Builder, read: ReadSheet | undefined, goals: Map<string, Obj>): void {
  for (const row of read?.rows ?? []) {
    const goalId = row.values.get('goal') as string | undefined;
    // Absent: the cell was empty or unreadable, which has its message.
    if (goalId === undefined) continue;
    const goal = goals.get(goalId);
    if (!goal) {
      if (builder.readable('finance'))
        builder.problems.push(
          builderProblem('unknown-goal', builder.place('verdicts', row, 'goal'), { id: goalId }),
        );
      continue;
    }
    ((goal.verdicts ??= []) as Obj[]).push(builder.object('verdicts', row, ['targetMet', 'explanation']));
  }
}
