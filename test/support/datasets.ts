/**
 * The names of every dataset in demo/data, as the test server lists the folder (/__test/datasets in
 * server-plugin.mjs): a test over every dataset covers a new one without a hand-kept list.
 */
export async function datasetNames(): Promise<string[]> {
  const response = await fetch('/__test/datasets');
  if (!response.ok) throw new Error(`/__test/datasets: ${response.status}`);
  return (await response.json()) as string[];
}

/** Every dataset in demo/data, fetched once per test file (top-level await). */
export const DATASETS: string[] = await datasetNames();
