/**
 * TypeScript types of the pc-charts document, schema version 1.
 * They mirror `pc-document.schema.json` field by field; the schema is the contract.
 */

export type DocumentType = 'begroting' | 'jaarstukken' | 'tussenrapportage' | 'beleidsplan';
export type AmountsIn = 1 | 1000 | 1000000;
export type Unit = 'count' | 'percent' | 'euro' | 'years' | 'score' | 'other';
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';
export type ComparisonKind = 'national' | 'province' | 'region' | 'size-class' | 'municipality' | 'other';
export type NodeStatus = 'achieved' | 'not-achieved' | 'in-progress' | 'unknown';

/** Signed amounts as printed (lasten negative, baten positive), in units of `document.amountsIn`. */
export interface Amounts {
  /** lasten */
  expenses?: number;
  /** baten */
  revenues?: number;
  /** toevoegingen aan reserves */
  reserveAdditions?: number;
  /** onttrekkingen aan reserves */
  reserveWithdrawals?: number;
  /** saldo */
  balance?: number;
}

export interface Finance {
  /** realisatie / rekening */
  actual?: Amounts;
  /** begroting na wijziging */
  budget?: Amounts;
  /** begroting primitief */
  budgetOriginal?: Amounts;
  /** Percentages printed beside the realised amounts (share of the municipal total), as printed. */
  printedShare?: PrintedShare;
}

/** Percentages as printed, e.g. 23.55 for "23,55%". */
export interface PrintedShare {
  expenses?: number;
  revenues?: number;
  balance?: number;
}

/** A "Doel gehaald" verdict printed without its indicator's name or figures. */
export interface PrintedVerdict {
  targetMet: boolean | null;
  explanation?: string;
}

export interface IndicatorValue {
  /** null: the source prints the figure without a date. */
  period: string | null;
  /** begroting / streefwaarde */
  target?: number | null;
  /** realisatie */
  actual?: number | null;
}

/** A reference value for one period, in the indicator's unit; null: not published for that period. */
export interface ComparisonValue {
  /** null: the source prints the figure without a date. */
  period: string | null;
  value: number | null;
}

/** A comparison series (vergelijking): the same quantity for another area or group. */
export interface Comparison {
  /** As printed: "Nederland", "Zuid-Holland". Unique within the indicator. */
  label: string;
  kind?: ComparisonKind;
  values: ComparisonValue[];
  /** bron, when not the indicator's */
  source?: string;
  /** peildatum, YYYY-MM-DD, when not the indicator's */
  referenceDate?: string;
}

export interface Indicator {
  id: string;
  title: string;
  description?: string;
  /** bron */
  source?: string;
  unit: Unit;
  unitLabel?: string;
  decimals?: number;
  polarity?: Polarity;
  values: IndicatorValue[];
  /** Reference values beside the municipality's own (vergelijkingen). */
  comparisons?: Comparison[];
  /** doel gehaald: Ja (true) / Nee (false) / ? (null); absent: no verdict stated. */
  targetMet?: boolean | null;
  /** toelichting */
  explanation?: string;
  /** peildatum, YYYY-MM-DD */
  referenceDate?: string;
}

export interface Goal {
  id: string;
  code?: string;
  title: string;
  text?: string;
  finance?: Finance;
  indicators?: Indicator[];
  /** Verdicts printed without their indicator (kept for completeness; no component shows them). */
  verdicts?: PrintedVerdict[];
}

export interface Programme {
  id: string;
  code?: string;
  title: string;
  ambition?: { title: string; text?: string };
  finance?: Finance;
  goals: Goal[];
}

export interface GoalNode {
  id: string;
  title: string;
  kind?: string;
  text?: string;
  status?: NodeStatus;
  period?: string;
  indicatorRef?: string;
  children?: GoalNode[];
  contributesTo?: string[];
}

export interface GoalTree {
  id: string;
  title: string;
  description?: string;
  root: GoalNode;
}

export interface PcDocument {
  $schema?: string;
  schemaVersion: 1;
  municipality: { name: string; code?: string };
  document: {
    type: DocumentType;
    year: number;
    title: string;
    period?: string;
    amountsIn?: AmountsIn;
    currency?: string;
    url?: string;
    totals?: Finance;
  };
  programmes?: Programme[];
  goalTrees?: GoalTree[];
}

/** The measures of an `Amounts` object in the order Dutch reports print them. */
export const AMOUNT_MEASURES = [
  'expenses',
  'revenues',
  'reserveAdditions',
  'reserveWithdrawals',
  'balance',
] as const;
export type AmountMeasure = (typeof AMOUNT_MEASURES)[number];
