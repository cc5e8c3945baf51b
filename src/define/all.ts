/** Registers every pc-charts element (the all-in-one entry). */
export {};
