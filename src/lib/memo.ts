/**
 * Derive a view only when what it is derived from changed: `const viewChanged = inputsChanged();` once per
 * element, then `if (viewChanged([selection, variant])) this.view = …` in `willUpdate`. Inputs are compared by
 * identity, one by one, against those of the last call that returned true.
 */
export function inputsChanged(): (inputs: readonly unknown[]) => boolean {
  let previous: readonly unknown[] | undefined;
  return (inputs) => {
    if (
      previous !== undefined &&
      previous.length === inputs.length &&
      inputs.every((value, i) => Object.is(value, previous![i]))
    )
      return false;
    previous = inputs;
    return true;
  };
}
