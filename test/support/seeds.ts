// The seed documents in demo/data (the real publications in ../seeds, transcribed), as the test server serves them.

export const DATA_2025 = '/demo/data/jaarstukken-2025-programma-2.json';
export const DATA_2021 = '/demo/data/jaarverslag-2021-programma-2.json';
export const DATA_2023 = '/demo/data/jaarverslag-2023-programma-2-web.json';
export const DATA_SOCIAL = '/demo/data/rapportage-sociaal-domein-2024-h2.json';
export const DATA_HEALTH = '/demo/data/gezonde-stad-2023-2026.json';

/**
 * A seed document as an object (the 2025 annual report unless `url` says another); each call a fresh copy that a
 * test may change or break (hence `any`: type it `PcDocument` where the test reads it as one).
 */
export async function seed(url = DATA_2025): Promise<any> {
  return (await fetch(url)).json();
}
