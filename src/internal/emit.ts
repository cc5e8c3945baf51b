/** Typed events of pc-charts elements, all sent through `emit()`: bubbling and composed. */
import type { Problem } from '../schema/validate.js';
import type { PcDocument } from '../schema/types.js';

export interface PcErrorDetail {
  /** Code of the first problem, e.g. `unknown-id`. */
  code: string;
  /** JSON Pointer of the first problem. */
  path: string;
  /** Message of the first problem, in the element's language. */
  message: string;
  /** Every problem found. */
  problems: Problem[];
}

export interface PcLoadDetail {
  document: PcDocument;
}

export interface PcNodeSelectDetail {
  id: string;
  title: string;
  kind?: string;
  status?: string;
}

declare global {
  interface HTMLElementEventMap {
    'pc-error': CustomEvent<PcErrorDetail>;
    'pc-load': CustomEvent<PcLoadDetail>;
    'pc-node-select': CustomEvent<PcNodeSelectDetail>;
  }
}

export function emit<T>(target: EventTarget, name: string, detail: T): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: false }),
  );
}
