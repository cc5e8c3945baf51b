/** Finding parts of a document by id. ids are unique within a document; codes are labels and may repeat. */
import type { Goal, GoalTree, Indicator, PcDocument, Programme } from '../schema/types.js';

export interface IndicatorContext {
  indicator: Indicator;
  goal: Goal;
  programme: Programme;
}

export function findIndicator(doc: PcDocument, id: string): IndicatorContext | undefined {
  for (const programme of doc.programmes ?? []) {
    for (const goal of programme.goals) {
      for (const indicator of goal.indicators ?? []) {
        if (indicator.id === id) return { indicator, goal, programme };
      }
    }
  }
  return undefined;
}

export function findProgramme(doc: PcDocument, id: string): Programme | undefined {
  return (doc.programmes ?? []).find((programme) => programme.id === id);
}

export function findGoal(doc: PcDocument, id: string): { goal: Goal; programme: Programme } | undefined {
  for (const programme of doc.programmes ?? []) {
    const goal = programme.goals.find((candidate) => candidate.id === id);
    if (goal) return { goal, programme };
  }
  return undefined;
}

export function findTree(doc: PcDocument, id: string): GoalTree | undefined {
  return (doc.goalTrees ?? []).find((tree) => tree.id === id);
}
