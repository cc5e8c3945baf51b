/** pc-document.schema.json without its annotations, for src/schema/schema-check.ts. */
export declare const schema: Record<string, unknown>;
