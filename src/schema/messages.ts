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
    'not-json':
      'De gegevens zijn geen geldige JSON: het gaat mis op regel {line}, kolom {column} (bij "{context}"). {causeWord}',
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
    'invalid-format': 'De waarde {value} heeft niet de juiste vorm ({formatWord}).',
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
      'Het adres "{url}" is niet toegestaan, want {reasonWord}; gebruik een http(s)-adres of een relatief adres.',
    'fetch-failed':
      'Het gegevensbestand {url} kon niet worden opgehaald, want de server was niet bereikbaar.',
    'http-error':
      'Het gegevensbestand {url} kon niet worden opgehaald, want de server antwoordde {status}. {hintWord}',
    timeout: 'Het ophalen van het gegevensbestand {url} duurde te lang (meer dan {seconds} seconden).',
    'wrong-content-type': 'Op het adres {url} stuurde de server geen JSON, maar "{contentType}".',
    'unknown-id': 'Er staat geen {kind} met id "{id}" in het document. {hint}',
    'missing-attribute': 'Geef met het attribuut "{attribute}" aan {whichWord} getoond moet worden.',
    'internal-error': 'Er ging iets mis bij het tekenen ({detail}).',
  },
  en: {
    'not-json':
      'The data is not valid JSON: it goes wrong on line {line}, column {column} (at "{context}"). {causeWord}',
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
    'invalid-format': 'The value {value} does not have the right form ({formatWord}).',
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
    'disallowed-url':
      'The address "{url}" is not allowed, because {reasonWord}; use an http(s) address or a relative address.',
    'fetch-failed': 'The data file {url} could not be fetched, because the server could not be reached.',
    'http-error':
      'The data file {url} could not be fetched, because the server answered {status}. {hintWord}',
    timeout: 'Fetching the data file {url} took too long (more than {seconds} seconds).',
    'wrong-content-type': 'At the address {url} the server did not send JSON, but "{contentType}".',
    'unknown-id': 'There is no {kind} with id "{id}" in the document. {hint}',
    'missing-attribute': 'Use the attribute "{attribute}" to say {whichWord} to show.',
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
    indicator: 'indicator',
    programme: 'programma',
    goal: 'doelstelling',
    tree: 'doelenboom',
    node: 'knoop',
    'programme or goal': 'programma of doelstelling',
    undated: 'zonder jaartal',
    'which:indicator': 'welke indicator',
    'which:programme': 'welk programma',
    'which:goal': 'welke doelstelling',
    'which:tree': 'welke doelenboom',
    'which:programme or goal': 'welk programma of welke doelstelling',
    'hint:did-you-mean': 'Bedoelt u "{suggestion}"? Alle ids staan in het JSON-bestand en in de databouwer.',
    'hint:id-list': 'Alle ids staan in het JSON-bestand en in de databouwer.',
    'http:404': 'Controleer of het bestand op dat adres staat en of het adres goed is gespeld.',
    'http:other': 'Probeer het later opnieuw of vraag de beheerder van de website.',
    'json:trailing-comma':
      'Waarschijnlijk staat er een komma na het laatste element van een lijst of object; haal die komma weg.',
    'json:missing-quote':
      'Waarschijnlijk ontbreekt er een aanhalingsteken: namen en teksten staan tussen dubbele aanhalingstekens (").',
    'json:single-quote':
      'Namen en teksten staan in JSON tussen dubbele aanhalingstekens ("), niet tussen enkele.',
    'json:decimal-comma':
      'Waarschijnlijk is een komma als decimaalteken gebruikt; schrijf getallen met een punt, zoals 48.9.',
    'json:missing-comma': 'Waarschijnlijk ontbreekt er een komma tussen twee elementen.',
    'json:comment': 'JSON kent geen commentaar (// of /* */); haal het weg.',
    'json:unexpected-end':
      'Het bestand houdt te vroeg op; waarschijnlijk ontbreekt er een sluitend haakje (} of ]).',
    'json:unexpected-character': 'Op die plek staat een teken dat in JSON niet is toegestaan.',
    'json:empty': 'Het bestand is leeg.',
    'format:period': 'periode: 2024, 2024-Q3, 2024-H2 of 2024-03',
    'format:date': 'datum: JJJJ-MM-DD',
    'format:url': 'http(s)-adres',
    'format:cbs': 'CBS-code: GM0637',
    'format:currency': 'valutacode: EUR',
    'format:id': 'id: letters, cijfers, . _ : -',
    'url:empty': 'het is leeg',
    'url:scheme': 'het begint niet met http: of https:',
    'url:protocol-relative': 'het begint met //',
    'url:credentials': 'er staan een gebruikersnaam of wachtwoord in',
    'url:control-characters': 'er staan onzichtbare tekens in',
    'url:not-absolute': 'het is geen volledig adres',
    'url:unparsable': 'het is geen geldig adres',
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
    indicator: 'indicator',
    programme: 'programme',
    goal: 'goal',
    tree: 'goal tree',
    node: 'node',
    'programme or goal': 'programme or goal',
    undated: 'undated',
    'which:indicator': 'which indicator',
    'which:programme': 'which programme',
    'which:goal': 'which goal',
    'which:tree': 'which goal tree',
    'which:programme or goal': 'which programme or goal',
    'hint:did-you-mean':
      'Did you mean "{suggestion}"? Every id is listed in the JSON file and in the data builder.',
    'hint:id-list': 'Every id is listed in the JSON file and in the data builder.',
    'http:404': 'Check that the file is at that address and that the address is spelt right.',
    'http:other': "Try again later or ask the website's administrator.",
    'json:trailing-comma':
      'Most likely a comma follows the last item of a list or object; remove that comma.',
    'json:missing-quote':
      'Most likely a quote is missing: names and texts are written between double quotes (").',
    'json:single-quote': 'Names and texts in JSON are written between double quotes ("), not single ones.',
    'json:decimal-comma':
      'Most likely a comma is used as decimal sign; write numbers with a point, such as 48.9.',
    'json:missing-comma': 'Most likely a comma is missing between two items.',
    'json:comment': 'JSON has no comments (// or /* */); remove them.',
    'json:unexpected-end': 'The file ends too early; most likely a closing bracket (} or ]) is missing.',
    'json:unexpected-character': 'At that place is a character that JSON does not allow.',
    'json:empty': 'The file is empty.',
    'format:period': 'period: 2024, 2024-Q3, 2024-H2 or 2024-03',
    'format:date': 'date: YYYY-MM-DD',
    'format:url': 'http(s) address',
    'format:cbs': 'CBS code: GM0637',
    'format:currency': 'currency code: EUR',
    'format:id': 'id: letters, digits, . _ : -',
    'url:empty': 'it is empty',
    'url:scheme': 'it does not start with http: or https:',
    'url:protocol-relative': 'it starts with //',
    'url:credentials': 'it holds a user name or password',
    'url:control-characters': 'it holds invisible characters',
    'url:not-absolute': 'it is not a full address',
    'url:unparsable': 'it is not a valid address',
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
