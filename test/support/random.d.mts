/** Park–Miller's minimal standard generator: the next number of the sequence from `seed`, in [0, 1]. */
export function random(seed: number): () => number;
