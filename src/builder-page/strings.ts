/** The builder page's own words, in Dutch and English. */
import type { Summary } from '../builder/index.js';
import { formatNumber } from '../lib/format.js';

export type PageLocale = 'nl' | 'en';

export const STRINGS = {
  nl: {
    title: 'Databouwer: van spreadsheet naar grafiek',
    intro:
      'Lees uw spreadsheet of JSON-bestand in, kies een grafiek en plak het stukje HTML in uw CMS. Alles gebeurt op uw eigen computer: er gaat niets over het internet.',
    language: 'English',
    languageLabel: 'Switch to English',
    step1: '1. Gegevens inlezen',
    chooseFile: 'Kies een bestand (.xlsx, .ods, .csv of .json)',
    drop: 'Of sleep het bestand hierheen. Bij CSV: kies één bestand per blad tegelijk.',
    template: 'Download het lege sjabloon (.xlsx)',
    templateHelp: 'Het sjabloon heeft een blad Toelichting dat elke kolom uitlegt.',
    reading: 'Bezig met lezen van {file}…',
    step2: '2. Wat is gelezen',
    nothingYet: 'Nog geen bestand ingelezen.',
    readOk: '{file} is ingelezen: {summary}.',
    readErrorsOne: '{file} heeft één fout die eerst moet worden opgelost.',
    readErrorsMany: '{file} heeft {count} fouten die eerst moeten worden opgelost.',
    kept: 'U werkt verder met het vorige bestand, {file}.',
    warningsOne: 'Er is één waarschuwing.',
    warningsMany: 'Er zijn {count} waarschuwingen.',
    problems: 'Meldingen',
    error: 'Fout',
    warning: 'Waarschuwing',
    step3: '3. Kies een grafiek',
    component: 'Grafiek',
    widgetLanguage: 'Taal van de grafiek',
    default: '(standaard)',
    search: 'Zoek een {what} op naam of sleutel',
    shown: '{shown} van de {total} getoond; typ om te zoeken.',
    preview: 'Voorbeeld',
    step4: '4. Op uw website plaatsen',
    scriptUrl: 'Adres van pc-charts.js in uw CMS',
    dataUrl: 'Adres van het JSON-bestand in uw CMS',
    snippet: 'Stukje HTML om te plakken',
    copy: 'Kopieer het stukje HTML',
    download: 'Download het JSON-bestand',
    inline: 'Of met de gegevens erin (als uw CMS geen JSON-bestanden kan bewaren)',
    copyInline: 'Kopieer het stukje HTML met de gegevens erin',
    iframeSnippet: 'Of als iframe (als uw CMS geen script toestaat)',
    iframeHelp:
      'Zet embed.html, embed.js, embed.css, embed-host.js, pc-export.js en pc-strings-en.js naast pc-charts.js. De tweede regel maakt het iframe even hoog als de grafiek; zonder die regel blijft het 640 pixels hoog en schuift de inhoud.',
    copyIframe: 'Kopieer het iframe',
    moreProblemsOne:
      'En nog één melding; los eerst de meldingen hierboven op en lees het bestand opnieuw in.',
    moreProblemsMany:
      'En nog {count} meldingen; los eerst de meldingen hierboven op en lees het bestand opnieuw in.',
    copied: 'Gekopieerd naar het klembord.',
    copyFailed: 'Kopiëren lukte niet; selecteer de tekst en kopieer met Ctrl+C.',
    'tag.pc-indicator-card': 'Indicatorkaart',
    'tag.pc-budget-gauge': 'Begrotingsmeter',
    'tag.pc-saldo-table': 'Saldotabel',
    'tag.pc-goal-tree': 'Doelenboom',
    'attr.indicator': 'Indicator',
    'attr.programme': 'Programma',
    'attr.goal': 'Doelstelling (in plaats van het programma)',
    'attr.measure': 'Maat (expenses = lasten, revenues = baten, balance = saldo)',
    'attr.compare': 'Vergelijk met (budget = begroting, total = totaal gemeente)',
    'attr.variant': 'Vorm (arc = meter, bar = balk)',
    'attr.scenario':
      'Cijfers (actual = realisatie, budget = begroting na wijziging, budgetOriginal = primitief)',
    'attr.tree': 'Doelenboom',
    'attr.orientation': 'Richting (left-right = van links naar rechts, top-down = van boven naar beneden)',
  },
  en: {
    title: 'Data builder: from spreadsheet to chart',
    intro:
      'Read in your spreadsheet or JSON file, pick a chart and paste the piece of HTML into your CMS. Everything happens on your own computer: nothing goes over the internet.',
    language: 'Nederlands',
    languageLabel: 'Schakel naar Nederlands',
    step1: '1. Read the data',
    chooseFile: 'Choose a file (.xlsx, .ods, .csv or .json)',
    drop: 'Or drag the file here. For CSV: choose one file per sheet at once.',
    template: 'Download the empty template (.xlsx)',
    templateHelp: 'The template has a sheet Toelichting that explains every column.',
    reading: 'Reading {file}…',
    step2: '2. What was read',
    nothingYet: 'No file read yet.',
    readOk: '{file} was read: {summary}.',
    readErrorsOne: '{file} has one error to fix first.',
    readErrorsMany: '{file} has {count} errors to fix first.',
    kept: 'You continue with the previous file, {file}.',
    warningsOne: 'There is one warning.',
    warningsMany: 'There are {count} warnings.',
    problems: 'Messages',
    error: 'Error',
    warning: 'Warning',
    step3: '3. Pick a chart',
    component: 'Chart',
    widgetLanguage: 'Language of the chart',
    default: '(default)',
    search: 'Search a {what} by name or key',
    shown: '{shown} of {total} shown; type to search.',
    preview: 'Preview',
    step4: '4. Put it on your website',
    scriptUrl: 'Address of pc-charts.js in your CMS',
    dataUrl: 'Address of the JSON file in your CMS',
    snippet: 'Piece of HTML to paste',
    copy: 'Copy the piece of HTML',
    download: 'Download the JSON file',
    inline: 'Or with the data inside (when your CMS cannot store JSON files)',
    copyInline: 'Copy the piece of HTML with the data inside',
    iframeSnippet: 'Or as an iframe (when your CMS allows no script)',
    iframeHelp:
      'Put embed.html, embed.js, embed.css, embed-host.js, pc-export.js and pc-strings-en.js beside pc-charts.js. The second line makes the iframe as tall as the chart; without it the iframe stays 640 pixels tall and its content scrolls.',
    copyIframe: 'Copy the iframe',
    moreProblemsOne: 'And one more message; fix the messages above first and read the file again.',
    moreProblemsMany: 'And {count} more messages; fix the messages above first and read the file again.',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Copying did not work; select the text and copy it with Ctrl+C.',
    'tag.pc-indicator-card': 'Indicator card',
    'tag.pc-budget-gauge': 'Budget gauge',
    'tag.pc-saldo-table': 'Balance table',
    'tag.pc-goal-tree': 'Goal tree',
    'attr.indicator': 'Indicator',
    'attr.programme': 'Programme',
    'attr.goal': 'Goal (instead of the programme)',
    'attr.measure': 'Measure (expenses, revenues or balance)',
    'attr.compare': 'Compare with (budget or the municipality total)',
    'attr.variant': 'Shape (arc or bar)',
    'attr.scenario': 'Figures (actual, amended budget or original budget)',
    'attr.tree': 'Goal tree',
    'attr.orientation': 'Direction (left-right or top-down)',
  },
} as const;

export type StringKey = keyof (typeof STRINGS)['nl'];

export function say(
  locale: PageLocale,
  key: StringKey,
  params: Record<string, string | number> = {},
): string {
  return (STRINGS[locale][key] as string).replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

const WORDS = {
  nl: {
    programmes: ['programma', "programma's"],
    goals: ['doelstelling', 'doelstellingen'],
    indicators: ['indicator', 'indicatoren'],
    trees: ['doelenboom', 'doelenbomen'],
  },
  en: {
    programmes: ['programme', 'programmes'],
    goals: ['goal', 'goals'],
    indicators: ['indicator', 'indicators'],
    trees: ['goal tree', 'goal trees'],
  },
} as const;

/** "1 programma, 3 doelstellingen, 13 indicatoren, 1 doelenboom" (parts that are 0 are left out). */
export function summaryText(summary: Summary, locale: PageLocale): string {
  const parts: string[] = [];
  for (const key of ['programmes', 'goals', 'indicators', 'trees'] as const) {
    const count = summary[key];
    if (count > 0) parts.push(`${formatNumber(count, locale, 0)} ${WORDS[locale][key][count === 1 ? 0 : 1]}`);
  }
  return parts.length > 0
    ? parts.join(', ')
    : locale === 'en'
      ? 'no programmes or goal trees'
      : "geen programma's of doelenbomen";
}
