/**
 * The template's sheets and columns: Dutch headers (as a P&C document prints them), English ones also
 * accepted, and what each column means (the Toelichting sheet and the README are written from this table).
 * Header matching ignores case, spaces, punctuation and accents; columns may come in any order.
 */

export type ColumnKind =
  'text' | 'id' | 'ids' | 'number' | 'integer' | 'amount' | 'period' | 'date' | 'verdict' | 'enum';

export interface ColumnDef {
  /** Field name in the document (within the row's object). */
  key: string;
  nl: string;
  en: string;
  kind: ColumnKind;
  /** For `enum`: document value → words a person may type (first is written). */
  values?: Record<string, readonly string[]>;
  required?: boolean;
  help: { nl: string; en: string };
}

export interface SheetDef {
  key: SheetKey;
  nl: string;
  en: string;
  help: { nl: string; en: string };
  columns: ColumnDef[];
}

export const SHEET_KEYS = [
  'document',
  'finance',
  'indicators',
  'values',
  'comparisons',
  'verdicts',
  'trees',
  'nodes',
] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

const DOCUMENT_TYPES = {
  begroting: ['begroting', 'budget'],
  jaarstukken: ['jaarstukken', 'jaarverslag', 'jaarrekening', 'annual report'],
  tussenrapportage: ['tussenrapportage', 'voorjaarsnota', 'najaarsnota', 'interim report'],
  beleidsplan: ['beleidsplan', 'policy plan'],
} as const;

const UNITS = {
  count: ['aantal', 'count', 'number'],
  percent: ['procent', 'percent', '%', 'percentage'],
  euro: ['euro', '€', 'eur', 'bedrag'],
  years: ['jaren', 'years', 'jaar', 'leeftijd'],
  score: ['score', 'cijfer'],
  other: ['anders', 'other', 'overig'],
} as const;

const POLARITIES = {
  'higher-is-better': ['hoger is beter', 'higher is better', 'hoger', 'higher', 'stijgend'],
  'lower-is-better': ['lager is beter', 'lower is better', 'lager', 'lower', 'dalend'],
  neutral: ['neutraal', 'neutral'],
} as const;

const STATUSES = {
  achieved: ['gehaald', 'achieved', 'behaald', 'ja'],
  'not-achieved': ['niet gehaald', 'not achieved', 'niet behaald', 'nee'],
  'in-progress': ['loopt', 'in progress', 'in uitvoering', 'bezig'],
  unknown: ['onbekend', 'unknown', '?'],
} as const;

const COMPARISON_KINDS = {
  national: ['landelijk', 'national'],
  province: ['provincie', 'province'],
  region: ['regio', 'region'],
  'size-class': ['grootteklasse', 'size class'],
  municipality: ['gemeente', 'municipality'],
  other: ['anders', 'other', 'overig'],
} as const;

/** Words in a Periode cell for a figure the source prints without a year (period null). */
export const UNDATED_WORDS = ['zonder jaartal', 'undated'] as const;

const AMOUNTS_IN = {
  '1': ['1', 'euro', '€ 1'],
  '1000': ['1.000', '1000', 'x € 1.000', '€ 1.000', 'duizend', 'duizenden', 'thousand', 'thousands'],
  '1000000': [
    '1.000.000',
    '1000000',
    'x € 1.000.000',
    '€ 1.000.000',
    'miljoen',
    'miljoenen',
    'mln',
    'million',
  ],
} as const;

const help = (nl: string, en: string) => ({ nl, en });

/** The first column of the Waarden and Vergelijkingen sheets: which indicator the row belongs to. */
const INDICATOR_REFERENCE: ColumnDef = {
  key: 'indicator',
  nl: 'Indicator',
  en: 'Indicator',
  kind: 'id',
  required: true,
  help: help(
    'Sleutel (Id) van de indicator op het blad Indicatoren.',
    'Key (Id) of the indicator on the sheet Indicatoren.',
  ),
};

const SCENARIOS = [
  ['budgetOriginal', 'begroting primitief', 'original budget'],
  ['budget', 'begroting na wijziging', 'amended budget'],
  ['actual', 'realisatie', 'actual'],
] as const;
const MEASURES = [
  ['expenses', 'lasten', 'expenses', 'negatief, zoals afgedrukt', 'negative, as printed'],
  ['revenues', 'baten', 'revenues', 'positief, zoals afgedrukt', 'positive, as printed'],
  ['reserveAdditions', 'toevoegingen reserves', 'additions to reserves', 'negatief', 'negative'],
  ['reserveWithdrawals', 'onttrekkingen reserves', 'withdrawals from reserves', 'positief', 'positive'],
  ['balance', 'saldo', 'balance', 'lasten + baten + toevoegingen + onttrekkingen', 'sum of the four'],
] as const;

/** `finance.<scenario>.<measure>` columns: "Lasten realisatie", "Saldo begroting na wijziging", … */
const amountColumns: ColumnDef[] = SCENARIOS.flatMap(([scenario, scenarioNl, scenarioEn]) =>
  MEASURES.map(([measure, nl, en, noteNl, noteEn]) => ({
    key: `finance.${scenario}.${measure}`,
    nl: `${nl[0].toUpperCase()}${nl.slice(1)} ${scenarioNl}`,
    en: `${en[0].toUpperCase()}${en.slice(1)} ${scenarioEn}`,
    kind: 'amount' as const,
    help: help(
      `${nl[0].toUpperCase()}${nl.slice(1)} volgens de ${scenarioNl} (${noteNl}), in eenheden van "Bedragen x".`,
      `${en[0].toUpperCase()}${en.slice(1)} in the ${scenarioEn} (${noteEn}), in units of "Amounts in".`,
    ),
  })),
);

const SHARES = [
  ['expenses', 'lasten', 'expenses'],
  ['revenues', 'baten', 'revenues'],
  ['balance', 'saldo', 'balance'],
] as const;

/**
 * `finance.printedShare.<measure>` columns: the percentage a source prints beside a realised amount (the web
 * edition's "23,55%" beside Uitgaven), kept as printed and never recomputed.
 */
const shareColumns: ColumnDef[] = SHARES.map(([measure, nl, en]) => ({
  key: `finance.printedShare.${measure}`,
  nl: `Aandeel ${nl} zoals vermeld`,
  en: `Printed share of ${en}`,
  kind: 'number' as const,
  help: help(
    `Het percentage dat de bron naast de gerealiseerde ${nl} afdrukt (aandeel in het totaal van de gemeente), zoals vermeld: 23,55 of 23,55%. Wordt niet herberekend; mag leeg.`,
    `The percentage the source prints beside the realised ${en} (a share of the municipal total), as printed: 23.55 or 23.55%. Never recomputed; may be empty.`,
  ),
}));

export const SHEETS: SheetDef[] = [
  {
    key: 'document',
    nl: 'Document',
    en: 'Document',
    help: help(
      'Eén rij onder de kolomkoppen: over welk document en welke gemeente het gaat.',
      'One row below the headers: which document and which municipality.',
    ),
    columns: [
      {
        key: 'municipality.name',
        nl: 'Gemeente',
        en: 'Municipality',
        kind: 'text',
        required: true,
        help: help(
          'Naam van de gemeente, bijvoorbeeld Zoetermeer.',
          'Name of the municipality, for example Zoetermeer.',
        ),
      },
      {
        key: 'municipality.code',
        nl: 'CBS-code',
        en: 'CBS code',
        kind: 'text',
        help: help('CBS-gemeentecode, bijvoorbeeld GM0637.', 'CBS municipality code, for example GM0637.'),
      },
      {
        key: 'document.type',
        nl: 'Soort',
        en: 'Type',
        kind: 'enum',
        values: DOCUMENT_TYPES,
        required: true,
        help: help(
          'Soort document: begroting, jaarstukken, tussenrapportage of beleidsplan.',
          'Kind of document: begroting, jaarstukken, tussenrapportage or beleidsplan.',
        ),
      },
      {
        key: 'document.year',
        nl: 'Jaar',
        en: 'Year',
        kind: 'integer',
        required: true,
        help: help(
          'Het begrotingsjaar of verslagjaar, bijvoorbeeld 2025.',
          'The budget or report year, for example 2025.',
        ),
      },
      {
        key: 'document.title',
        nl: 'Titel',
        en: 'Title',
        kind: 'text',
        required: true,
        help: help(
          'Titel zoals op het document, bijvoorbeeld Jaarstukken 2025.',
          'Title as printed, for example Jaarstukken 2025.',
        ),
      },
      {
        key: 'document.period',
        nl: 'Periode',
        en: 'Period',
        kind: 'text',
        help: help(
          'Rapportageperiode (2024-H2) of planperiode (2023/2026); mag leeg.',
          'Reporting period (2024-H2) or plan period (2023/2026); may be empty.',
        ),
      },
      {
        key: 'document.amountsIn',
        nl: 'Bedragen x',
        en: 'Amounts in',
        kind: 'enum',
        values: AMOUNTS_IN,
        help: help(
          'Eenheid van alle bedragen: 1, 1.000 ("Bedragen x € 1.000") of 1.000.000.',
          'Unit of all amounts: 1, 1,000 or 1,000,000.',
        ),
      },
      {
        key: 'document.currency',
        nl: 'Valuta',
        en: 'Currency',
        kind: 'text',
        help: help('Valutacode, meestal EUR.', 'Currency code, usually EUR.'),
      },
      {
        key: 'document.url',
        nl: 'Vindplaats',
        en: 'URL',
        kind: 'text',
        help: help(
          'Webadres waar het document staat (http of https).',
          'Web address of the document (http or https).',
        ),
      },
    ],
  },
  {
    key: 'finance',
    nl: 'Financien',
    en: 'Finance',
    help: help(
      'Eén rij per programma (Doelstelling leeg) en per doelstelling; een rij zonder Programma en Doelstelling is het totaal van de gemeente. Bedragen met teken zoals afgedrukt: lasten negatief, baten positief.',
      'One row per programme (Goal empty) and per goal; a row without Programme and Goal holds the municipality total. Amounts signed as printed: expenses negative, revenues positive.',
    ),
    columns: [
      {
        key: 'programme',
        nl: 'Programma',
        en: 'Programme',
        kind: 'id',
        help: help(
          'Sleutel (id) van het programma, bijvoorbeeld p2. Leeg: totaal gemeente.',
          'Key (id) of the programme, for example p2. Empty: municipality total.',
        ),
      },
      {
        key: 'goal',
        nl: 'Doelstelling',
        en: 'Goal',
        kind: 'id',
        help: help(
          'Sleutel (id) van de doelstelling, bijvoorbeeld d2-1. Leeg: de rij van het programma zelf.',
          'Key (id) of the goal, for example d2-1. Empty: the programme row itself.',
        ),
      },
      {
        key: 'code',
        nl: 'Nummer',
        en: 'Code',
        kind: 'text',
        help: help(
          'Nummer zoals afgedrukt, bijvoorbeeld 2.1 (mag dubbel voorkomen).',
          'Number as printed, for example 2.1 (may repeat).',
        ),
      },
      {
        key: 'title',
        nl: 'Titel',
        en: 'Title',
        kind: 'text',
        help: help('Naam van het programma of de doelstelling.', 'Name of the programme or goal.'),
      },
      {
        key: 'text',
        nl: 'Toelichting',
        en: 'Explanation',
        kind: 'text',
        help: help('Toelichting bij de doelstelling.', 'Explanation of the goal.'),
      },
      {
        key: 'ambition.title',
        nl: 'Algemene doelstelling',
        en: 'Ambition',
        kind: 'text',
        help: help(
          'Algemene doelstelling (ambitie) van het programma; alleen op de programmarij.',
          "The programme's ambition; programme row only.",
        ),
      },
      {
        key: 'ambition.text',
        nl: 'Toelichting algemene doelstelling',
        en: 'Ambition text',
        kind: 'text',
        help: help('Toelichting bij de algemene doelstelling.', 'Explanation of the ambition.'),
      },
      ...amountColumns,
      ...shareColumns,
    ],
  },
  {
    key: 'indicators',
    nl: 'Indicatoren',
    en: 'Indicators',
    help: help(
      'Eén rij per (beleids)indicator; de waarden per periode staan op het blad Waarden.',
      'One row per indicator; the values per period are on the sheet Waarden (Values).',
    ),
    columns: [
      {
        key: 'goal',
        nl: 'Doelstelling',
        en: 'Goal',
        kind: 'id',
        required: true,
        help: help(
          'Sleutel van de doelstelling waar de indicator bij hoort (kolom Doelstelling op Financien).',
          'Key of the goal the indicator belongs to (column Goal on Finance).',
        ),
      },
      {
        key: 'id',
        nl: 'Id',
        en: 'Id',
        kind: 'id',
        required: true,
        help: help(
          'Sleutel van de indicator: letters, cijfers, punt, streepje, liggend streepje of dubbele punt. Deze sleutel komt in het snippet (indicator="…").',
          'Key of the indicator: letters, digits, ".", "-", "_" or ":". It goes into the snippet (indicator="…").',
        ),
      },
      {
        key: 'title',
        nl: 'Naam',
        en: 'Name',
        kind: 'text',
        required: true,
        help: help('Naam van de indicator zoals afgedrukt.', 'Name of the indicator as printed.'),
      },
      {
        key: 'description',
        nl: 'Omschrijving',
        en: 'Description',
        kind: 'text',
        help: help('Wat er gemeten wordt.', 'What is measured.'),
      },
      {
        key: 'unit',
        nl: 'Eenheid',
        en: 'Unit',
        kind: 'enum',
        values: UNITS,
        required: true,
        help: help(
          'aantal, procent, euro, jaren, score of anders.',
          'count, percent, euro, years, score or other.',
        ),
      },
      {
        key: 'unitLabel',
        nl: 'Eenheidslabel',
        en: 'Unit label',
        kind: 'text',
        help: help(
          'Wat er geteld wordt, bijvoorbeeld jeugdigen; staat achter het getal.',
          'What is counted, for example young people; shown after the number.',
        ),
      },
      {
        key: 'decimals',
        nl: 'Decimalen',
        en: 'Decimals',
        kind: 'integer',
        help: help('Aantal decimalen om te tonen, zoals in de bron.', 'Decimals to show, as in the source.'),
      },
      {
        key: 'polarity',
        nl: 'Polariteit',
        en: 'Polarity',
        kind: 'enum',
        values: POLARITIES,
        help: help(
          'hoger is beter, lager is beter of neutraal.',
          'higher is better, lower is better or neutral.',
        ),
      },
      {
        key: 'source',
        nl: 'Bron',
        en: 'Source',
        kind: 'text',
        help: help('Bron van het cijfer.', 'Source of the figure.'),
      },
      {
        key: 'explanation',
        nl: 'Toelichting',
        en: 'Explanation',
        kind: 'text',
        help: help(
          'Toelichting; [tekst](adres) wordt een link.',
          'Explanation; [text](address) becomes a link.',
        ),
      },
      {
        key: 'referenceDate',
        nl: 'Peildatum',
        en: 'Reference date',
        kind: 'date',
        help: help(
          'Datum waarop het cijfer gemeten is, bijvoorbeeld 12-02-2026.',
          'Date of the figure, for example 2026-02-12.',
        ),
      },
      {
        key: 'targetMet',
        nl: 'Doel gehaald',
        en: 'Target met',
        kind: 'verdict',
        help: help(
          'Het oordeel van het document voor de laatste periode: Ja, Nee of ? (leeg: geen oordeel).',
          "The document's verdict for the latest period: yes, no or ? (empty: no verdict).",
        ),
      },
    ],
  },
  {
    key: 'values',
    nl: 'Waarden',
    en: 'Values',
    help: help(
      'Eén rij per indicator en periode: de streefwaarde (begroting) en de realisatie. Een lege cel: niet ingevuld; - of n.v.t.: uitdrukkelijk geen waarde.',
      'One row per indicator and period: the target and the actual value. An empty cell: not filled in; - or n.v.t.: explicitly no value.',
    ),
    columns: [
      INDICATOR_REFERENCE,
      {
        key: 'period',
        nl: 'Periode',
        en: 'Period',
        kind: 'period',
        required: true,
        help: help(
          'Jaar (2025), kwartaal (2025-Q3), halfjaar (2025-H2) of maand (2025-03); "zonder jaartal" als de bron het cijfer zonder jaar geeft.',
          'Year (2025), quarter (2025-Q3), half year (2025-H2) or month (2025-03); "undated" when the source prints the figure without a year.',
        ),
      },
      {
        key: 'target',
        nl: 'Streefwaarde',
        en: 'Target',
        kind: 'number',
        help: help('Begroting of streefwaarde voor die periode.', 'Planned value for that period.'),
      },
      {
        key: 'actual',
        nl: 'Realisatie',
        en: 'Actual',
        kind: 'number',
        help: help('Gerealiseerde waarde voor die periode.', 'Realised value for that period.'),
      },
    ],
  },
  {
    key: 'comparisons',
    nl: 'Vergelijkingen',
    en: 'Comparisons',
    help: help(
      'Eén rij per referentiewaarde naast het eigen cijfer (Nederland, de provincie, gemeenten van dezelfde grootte), in de eenheid van de indicator. Rijen met dezelfde Indicator en Vergelijking vormen samen één reeks.',
      "One row per reference value beside the municipality's own figure (the country, the province, municipalities of the same size), in the indicator's unit. Rows with the same Indicator and Comparison form one series.",
    ),
    columns: [
      INDICATOR_REFERENCE,
      {
        key: 'label',
        nl: 'Vergelijking',
        en: 'Comparison',
        kind: 'text',
        required: true,
        help: help(
          'Waarmee vergeleken wordt, zoals afgedrukt: Nederland, Zuid-Holland, Gemeenten 100.000-300.000 inwoners. Schrijf de naam op elke rij van de reeks hetzelfde.',
          'What is compared with, as printed: Nederland, Zuid-Holland, Gemeenten 100.000-300.000 inwoners. Write the name the same way on every row of the series.',
        ),
      },
      {
        key: 'kind',
        nl: 'Soort',
        en: 'Kind',
        kind: 'enum',
        values: COMPARISON_KINDS,
        help: help(
          'landelijk, provincie, regio, grootteklasse, gemeente of anders; één soort per reeks.',
          'national, province, region, size class, municipality or other; one kind per series.',
        ),
      },
      {
        key: 'period',
        nl: 'Periode',
        en: 'Period',
        kind: 'period',
        required: true,
        help: help(
          'Jaar (2025), kwartaal (2025-Q3), halfjaar (2025-H2) of maand (2025-03); "zonder jaartal" als de bron het cijfer zonder jaar geeft.',
          'Year (2025), quarter (2025-Q3), half year (2025-H2) or month (2025-03); "undated" when the source prints the figure without a year.',
        ),
      },
      {
        key: 'value',
        nl: 'Waarde',
        en: 'Value',
        kind: 'number',
        help: help(
          'De referentiewaarde voor die periode, in de eenheid van de indicator; leeg, - of n.v.t.: niet gepubliceerd.',
          "The reference value for that period, in the indicator's unit; empty, - or n.v.t.: not published.",
        ),
      },
      {
        key: 'source',
        nl: 'Bron',
        en: 'Source',
        kind: 'text',
        help: help(
          'Bron van de referentiewaarden, als die een andere is dan die van de indicator; één bron per reeks.',
          "Source of the reference values, when not the indicator's; one source per series.",
        ),
      },
      {
        key: 'referenceDate',
        nl: 'Peildatum',
        en: 'Reference date',
        kind: 'date',
        help: help(
          'Peildatum van de referentiewaarden, als die afwijkt van die van de indicator; één peildatum per reeks.',
          "Reference date of the reference values, when it differs from the indicator's; one per series.",
        ),
      },
    ],
  },
  {
    key: 'verdicts',
    nl: 'Oordelen',
    en: 'Verdicts',
    help: help(
      'Eén rij per oordeel "Doel gehaald" dat de bron afdrukt zonder de naam of de cijfers van zijn indicator (een webeditie die de indicatoren als afbeelding toont), in de volgorde van de bron. Een oordeel bij een indicator hoort in de kolom Doel gehaald op Indicatoren. Geen component toont deze oordelen; ze worden bewaard zodat de overname volledig is.',
      'One row per "Doel gehaald" (target met) verdict that the source prints without its indicator\'s name or figures (a web edition that shows the indicators as images), in the source\'s order. A verdict with its indicator belongs in the column Doel gehaald on Indicatoren. No component shows these verdicts; they are kept so that a transcription is complete.',
    ),
    columns: [
      {
        key: 'goal',
        nl: 'Doelstelling',
        en: 'Goal',
        kind: 'id',
        required: true,
        help: help(
          'Sleutel van de doelstelling waar het oordeel bij staat (kolom Doelstelling op Financien).',
          'Key of the goal the verdict is printed with (column Goal on Finance).',
        ),
      },
      {
        key: 'targetMet',
        nl: 'Doel gehaald',
        en: 'Target met',
        kind: 'verdict',
        required: true,
        help: help('Het oordeel zoals afgedrukt: Ja, Nee of ?.', 'The verdict as printed: yes, no or ?.'),
      },
      {
        key: 'explanation',
        nl: 'Toelichting',
        en: 'Explanation',
        kind: 'text',
        help: help(
          'De toelichting bij het oordeel; [tekst](adres) wordt een link.',
          'The explanation printed with the verdict; [text](address) becomes a link.',
        ),
      },
    ],
  },
  {
    key: 'trees',
    nl: 'Doelenbomen',
    en: 'Goal trees',
    help: help('Eén rij per doelenboom.', 'One row per goal tree.'),
    columns: [
      {
        key: 'id',
        nl: 'Id',
        en: 'Id',
        kind: 'id',
        required: true,
        help: help(
          'Sleutel van de doelenboom; komt in het snippet (tree="…").',
          'Key of the goal tree; goes into the snippet (tree="…").',
        ),
      },
      {
        key: 'title',
        nl: 'Titel',
        en: 'Title',
        kind: 'text',
        required: true,
        help: help('Titel van de doelenboom.', 'Title of the goal tree.'),
      },
      {
        key: 'description',
        nl: 'Omschrijving',
        en: 'Description',
        kind: 'text',
        help: help('Omschrijving van de doelenboom.', 'Description of the goal tree.'),
      },
    ],
  },
  {
    key: 'nodes',
    nl: 'Doelenboom',
    en: 'Goal tree',
    help: help(
      'Eén rij per knoop van een doelenboom. De knoop zonder ouder is de wortel; elke andere knoop noemt zijn ouder.',
      'One row per node of a goal tree. The node without a parent is the root; every other node names its parent.',
    ),
    columns: [
      {
        key: 'tree',
        nl: 'Boom',
        en: 'Tree',
        kind: 'id',
        help: help(
          'Sleutel van de doelenboom op het blad Doelenbomen (mag leeg als er één boom is).',
          'Key of the goal tree on the sheet Doelenbomen (may be empty when there is one tree).',
        ),
      },
      {
        key: 'id',
        nl: 'Id',
        en: 'Id',
        kind: 'id',
        required: true,
        help: help('Sleutel van de knoop.', 'Key of the node.'),
      },
      {
        key: 'parent',
        nl: 'Ouder',
        en: 'Parent',
        kind: 'id',
        help: help(
          'Sleutel van de knoop erboven; leeg voor de wortel.',
          'Key of the node above; empty for the root.',
        ),
      },
      {
        key: 'title',
        nl: 'Titel',
        en: 'Title',
        kind: 'text',
        required: true,
        help: help('Titel van de knoop.', 'Title of the node.'),
      },
      {
        key: 'kind',
        nl: 'Soort',
        en: 'Kind',
        kind: 'text',
        help: help(
          'ambitie, pijler, thema, doel, resultaat of een eigen woord (ambition, pillar, theme, goal, result).',
          'ambition, pillar, theme, goal, result or your own word.',
        ),
      },
      {
        key: 'status',
        nl: 'Status',
        en: 'Status',
        kind: 'enum',
        values: STATUSES,
        help: help(
          'gehaald, niet gehaald, loopt of onbekend.',
          'achieved, not achieved, in progress or unknown.',
        ),
      },
      {
        key: 'period',
        nl: 'Periode',
        en: 'Period',
        kind: 'text',
        help: help(
          'Periode of bereik, bijvoorbeeld 2025 of 2025/2026.',
          'Period or range, for example 2025 or 2025/2026.',
        ),
      },
      {
        key: 'indicatorRef',
        nl: 'Indicator',
        en: 'Indicator',
        kind: 'id',
        help: help(
          'Sleutel van een indicator op het blad Indicatoren.',
          'Key of an indicator on the sheet Indicatoren.',
        ),
      },
      {
        key: 'contributesTo',
        nl: 'Draagt bij aan',
        en: 'Contributes to',
        kind: 'ids',
        help: help(
          "Sleutels van andere knopen waaraan deze knoop ook bijdraagt, gescheiden door komma's.",
          'Keys of other nodes this node also contributes to, separated by commas.',
        ),
      },
      {
        key: 'text',
        nl: 'Toelichting',
        en: 'Explanation',
        kind: 'text',
        help: help('Toelichting bij de knoop.', 'Explanation of the node.'),
      },
    ],
  },
];

/** Lower case, no accents, nothing but letters and digits: "Doel gehaald?" → "doelgehaald". */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%€]/g, '');
}

export function sheetDef(key: SheetKey): SheetDef {
  return SHEETS.find((sheet) => sheet.key === key)!;
}

/** Which template sheet a sheet (or CSV file) name means, by its Dutch or English name. */
export function matchSheet(name: string): SheetDef | undefined {
  const normal = normalizeHeader(name);
  const exact = SHEETS.find(
    (sheet) => normalizeHeader(sheet.nl) === normal || normalizeHeader(sheet.en) === normal,
  );
  if (exact) return exact;
  // A CSV file may be named "begroting-2025-indicatoren.csv": the longest sheet name it ends with.
  return [...SHEETS]
    .sort((a, b) => b.nl.length - a.nl.length)
    .find(
      (sheet) => normal.endsWith(normalizeHeader(sheet.nl)) || normal.endsWith(normalizeHeader(sheet.en)),
    );
}
