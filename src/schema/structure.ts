import { escapePointer } from './schema-check.js';
import { makeProblem, type Problem } from './problem.js';

/** Deeper nesting than this is refused (a real goal tree is under 10 levels). */
export const MAX_DEPTH = 64;
/** At most this many problems are reported per document. */
export const MAX_ERRORS = 50;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks the raw value before schema validation: refuses `__proto__`/`constructor`/`prototype` keys,
 * non-finite numbers, circular references and extreme nesting, so that hostile input never reaches the renderer.
 */
interface Frame {
  value: unknown;
  depth: number;
  /** Where the value sits: the JSON Pointer is built only for a problem (most documents have none). */
  up?: Frame;
  key?: string;
  exit?: boolean;
}

function framePath(frame: Frame): string {
  let path = '';
  for (let at: Frame | undefined = frame; at?.up; at = at.up) path = `/${escapePointer(at.key!)}${path}`;
  return path;
}

export function structuralProblems(root: object): Problem[] {
  const problems: Problem[] = [];
  const onPath = new Set<object>();
  const stack: Frame[] = [{ value: root, depth: 0 }];
  while (stack.length > 0 && problems.length < MAX_ERRORS) {
    const frame = stack.pop()!;
    const { value, depth } = frame;
    if (frame.exit) {
      onPath.delete(value as object);
      continue;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      problems.push(makeProblem('not-finite', framePath(frame), { value: String(value) }));
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (onPath.has(value) || depth > MAX_DEPTH) {
      problems.push(makeProblem('too-deep', framePath(frame), { limit: MAX_DEPTH }));
      continue;
    }
    onPath.add(value);
    stack.push({ value, depth, exit: true });
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const item = (value as Record<string, unknown>)[key];
      const forbidden = FORBIDDEN_KEYS.has(key);
      // Strings, booleans and null can hold no problem: only objects and numbers get a frame.
      if (!forbidden && (item === null || (typeof item !== 'object' && typeof item !== 'number'))) continue;
      const child: Frame = { value: item, depth: depth + 1, up: frame, key };
      if (forbidden) {
        problems.push(makeProblem('forbidden-key', framePath(child), { field: key }));
        continue;
      }
      stack.push(child);
    }
  }
  return problems;
}
