/**
 * The error catalogue: every problem pc-charts reports has a stable code and a message in Dutch and English.
 * Placeholders in braces are filled from the problem's params. The README lists this table.
 */
import { formatNumber, type Locale } from '../lib/format.js';

export type { Locale };

export const ERROR_CODES = [
  'not-json',
  'not-an-object',
  'too-large',
  'too-deep',
  'schema-version',
  'missing-field',
  'unknown-field',
  'wrong-type',
  'number-as-text',
  'not-finite',
  'not-allowed-value',
  'invalid-format',
  'out-of-range',
  'too-long',
  'empty-text',
  'forbidden-key',
  'duplicate-id',
  'duplicate-period',
  'duplicate-label',
  'unknown-reference',
  'contributes-cycle',
  'balance-mismatch',
  'total-mismatch',
  'disallowed-url',
  'fetch-failed',
  'http-error',
  'timeout',
  'wrong-content-type',
  'unknown-id',
  'missing-attribute',
  'internal-error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

type Catalogue = Record<ErrorCode, string>;

export const MESSAGES: Record<Locale, Catalogue> = {
  nl: {
    'not-json': 'De gegevens zijn geen geldige JSON ({detail}).',
    'not-an-object': 'De gegevens moeten één JSON-object zijn, maar dit is {actual}.',
    'too-large': 'Het gegevensbestand is te groot ({size}); de grens is {limit}.',
    'too-deep': 'De gegevens zijn te diep genest (meer dan {limit} niveaus).',
    'schema-version': 'Onbekende schemaversie {actual}; deze versie van pc-charts leest schemaVersion 1.',
    'missing-field': 'Het verplichte veld "{field}" ontbreekt.',
    'unknown-field': 'Het veld "{field}" is onbekend. Controleer de spelling.',
    'wrong-type': 'Dit veld moet {expected} zijn, maar is {actual}.',
    'number-as-text':
      'Dit getal staat als tekst ("{value}"). Schrijf het zonder aanhalingstekens, met een punt als decimaalteken: {suggestion}.',
    'not-finite': 'Dit getal is ongeldig ({value}).',
    'not-allowed-value': 'De waarde {value} is niet toegestaan. Kies uit: {allowed}.',
    'invalid-format': 'De waarde {value} heeft niet de juiste vorm ({format}).',
    'out-of-range': 'De waarde {value} ligt buiten het toegestane bereik ({range}).',
    'too-long': 'Deze tekst is te lang ({length} tekens, maximaal {limit}).',
    'empty-text': 'Deze tekst mag niet leeg zijn.',
    'forbidden-key': 'De sleutel "{field}" is niet toegestaan in de gegevens.',
    'duplicate-id': 'De id "{id}" komt vaker voor; eerder gebruikt bij {firstPath}.',
    'duplicate-period': 'De periode "{period}" staat twee keer in deze reeks.',
    'duplicate-label':
      'De vergelijking "{label}" staat twee keer bij deze indicator; eerder bij {firstPath}.',
    'unknown-reference': 'Er bestaat geen {target} met id "{id}".',
    'contributes-cycle': 'Deze verwijzing maakt een kring: {cycle}.',
    'balance-mismatch': 'Het saldo {balance} wijkt {difference} af van de som van de onderdelen ({sum}).',
    'total-mismatch':
      'Het programmatotaal {total} wijkt {difference} af van de som van de doelstellingen ({sum}).',
    'disallowed-url':
      'Het adres "{url}" is niet toegestaan: alleen http(s)-adressen en relatieve adressen. ({reason})',
    'fetch-failed': 'Het gegevensbestand kon niet worden opgehaald ({detail}).',
    'http-error': 'Het gegevensbestand kon niet worden opgehaald: de server antwoordde {status}.',
    timeout: 'Het ophalen van de gegevens duurde te lang (meer dan {seconds} seconden).',
    'wrong-content-type': 'De server stuurde geen JSON maar "{contentType}".',
    'unknown-id': '{kind} "{id}" staat niet in het document.',
    'missing-attribute': 'Geef met het attribuut "{attribute}" aan welk(e) {kind} getoond moet worden.',
    'internal-error': 'Er ging iets mis bij het tekenen ({detail}).',
  },
  en: {
    'not-json': 'The data is not valid JSON ({detail}).',
    'not-an-object': 'The data must be one JSON object, but this is {actual}.',
    'too-large': 'The data file is too large ({size}); the limit is {limit}.',
    'too-deep': 'The data is nested too deeply (more than {limit} levels).',
    'schema-version': 'Unknown schema version {actual}; this version of pc-charts reads schemaVersion 1.',
    'missing-field': 'The required field "{field}" is missing.',
    'unknown-field': 'The field "{field}" is unknown. Check the spelling.',
    'wrong-type': 'This field must be {expected}, but it is {actual}.',
    'number-as-text':
      'This number is written as text ("{value}"). Write it without quotes, with a point as decimal separator: {suggestion}.',
    'not-finite': 'This number is invalid ({value}).',
    'not-allowed-value': 'The value {value} is not allowed. Choose from: {allowed}.',
    'invalid-format': 'The value {value} does not have the right form ({format}).',
    'out-of-range': 'The value {value} is outside the allowed range ({range}).',
    'too-long': 'This text is too long ({length} characters, at most {limit}).',
    'empty-text': 'This text must not be empty.',
    'forbidden-key': 'The key "{field}" is not allowed in the data.',
    'duplicate-id': 'The id "{id}" occurs more than once; first used at {firstPath}.',
    'duplicate-period': 'The period "{period}" occurs twice in this series.',
    'duplicate-label': 'The comparison "{label}" occurs twice in this indicator; first at {firstPath}.',
    'unknown-reference': 'There is no {target} with id "{id}".',
    'contributes-cycle': 'This reference makes a cycle: {cycle}.',
    'balance-mismatch': 'The balance {balance} differs by {difference} from the sum of its parts ({sum}).',
    'total-mismatch':
      'The programme total {total} differs by {difference} from the sum of its goals ({sum}).',
    'disallowed-url': 'The address "{url}" is not allowed: only http(s) and relative addresses. ({reason})',
    'fetch-failed': 'The data file could not be fetched ({detail}).',
    'http-error': 'The data file could not be fetched: the server answered {status}.',
    timeout: 'Fetching the data took too long (more than {seconds} seconds).',
    'wrong-content-type': 'The server did not send JSON but "{contentType}".',
    'unknown-id': '{kind} "{id}" is not in the document.',
    'missing-attribute': 'Use the attribute "{attribute}" to say which {kind} to show.',
    'internal-error': 'Something went wrong while drawing ({detail}).',
  },
};

/** Words used inside messages (types, kinds), per locale. */
export const WORDS: Record<Locale, Record<string, string>> = {
  nl: {
    object: 'een object',
    array: 'een lijst',
    string: 'tekst',
    number: 'een getal',
    integer: 'een geheel getal',
    boolean: 'ja/nee (true of false)',
    null: 'leeg (null)',
    'number or null': 'een getal of leeg (null)',
    'boolean or null': 'true, false of null',
    indicator: 'Indicator',
    programme: 'Programma',
    goal: 'Doelstelling',
    tree: 'Doelenboom',
    node: 'knoop',
    'programme or goal': 'programma of doelstelling',
    undated: 'zonder jaartal',
  },
  en: {
    object: 'an object',
    array: 'a list',
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    null: 'empty (null)',
    'number or null': 'a number or empty (null)',
    'boolean or null': 'true, false or null',
    indicator: 'Indicator',
    programme: 'Programme',
    goal: 'Goal',
    tree: 'Goal tree',
    node: 'node',
    'programme or goal': 'programme or goal',
    undated: 'undated',
  },
};

export function word(locale: Locale, key: string): string {
  return WORDS[locale][key] ?? key;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing param is noticed. */
export function interpolate(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
  );
}

export function messageFor(code: ErrorCode, locale: Locale, params: Record<string, unknown> = {}): string {
  // Numbers in messages are written for the reader's locale: "0,4 seconden", "2.000 tekens".
  const localized: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    localized[key] = typeof value === 'number' ? formatNumber(value, locale) : value;
  }
  return interpolate(MESSAGES[locale][code], localized);
}
