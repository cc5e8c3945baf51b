// What a benchmark run measures: the command line, the libraries compared, the charts and the budgets.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Peer bundles, data and profiles (ignored by git). */
export const BUILD = 'bench/.tmp';

export const argv = process.argv.slice(2);
export const option = (name) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
export const SMOKE = argv.includes('--smoke');
export const RUNS = SMOKE ? 1 : Number(option('runs') ?? 15);
export const STRICT = argv.includes('--strict');
export const VERBOSE = argv.includes('--verbose');
export const PROFILE = option('profile');
export const MEASURES = (option('measures') ?? 'bytes,dashboard,tree,prerender').split(',');
export const SIZES = (option('sizes') ?? (SMOKE ? '100' : '100,1000,5000,10000')).split(',').map(Number);
/** A free-text line for results.md, e.g. about other load on the machine. */
export const NOTE = argv.find((arg) => arg.startsWith('--note='))?.slice('--note='.length);
/** A run that takes longer than this is reported as too slow and not repeated. */
export const SLOW_MS = SMOKE ? 20000 : 60000;

export const LIBS = [
  { id: 'ours', name: 'pc-charts', pkg: null },
  { id: 'chartjs', name: 'Chart.js', pkg: 'chart.js' },
  { id: 'echarts', name: 'ECharts', pkg: 'echarts' },
  { id: 'plot', name: 'Observable Plot', pkg: '@observablehq/plot' },
  { id: 'highcharts', name: 'Highcharts', pkg: 'highcharts' },
  { id: 'visa', name: 'Visa Charts', pkg: '@visa/charts' },
].filter((lib) => lib.id === 'ours' || !option('only') || option('only').split(',').includes(lib.id));
export const PEERS = LIBS.filter((lib) => lib.id !== 'ours');
/**
 * The floor of the dashboard page: a title and one SVG path per chart (bench/peers/floor/all.js). A reference row,
 * never a peer: it draws too little to compare with, but its time is the page's and the browser's share of every
 * library's time.
 */
export const FLOOR = { id: 'floor', name: 'floor (reference)', pkg: null };
export const DASHBOARD_LIBS = [...LIBS, FLOOR];
/**
 * CPU throttling of the dashboard's second pass (DevTools' Emulation.setCPUThrottlingRate: 4 stands in for a
 * mid-range phone); 1 or 0 skips it. The smoke run throttles ours and the floor only.
 */
export const THROTTLE = Number(option('throttle') ?? 4);
export const THROTTLED_LIBS = SMOKE
  ? DASHBOARD_LIBS.filter((lib) => ['ours', 'floor'].includes(lib.id))
  : DASHBOARD_LIBS;
export const CHARTS = ['indicator-card', 'budget-gauge', 'saldo-table', 'goal-tree'];
/** Tree measures a peer could do with more than the bundle measured here: the cell says why it is empty. */
export const NOT_MEASURED = {
  'highcharts:keyMs': 'not measured²',
};

export const BUDGETS = {
  /** As scripts/size.mjs (since D3 does the math). */
  allBytes: 60 * 1000,
  oneBytes: 40 * 1000,
  /** The longest task and total blocking time of the dashboard's first render and of the update. */
  longTaskMs: 50,
  blockingMs: 100,
  /** At 4× throttling: the longest task at most the floor page's plus this. */
  throttledOverFloorMs: 50,
  /** The first viewport's charts painted at most this much later than the floor page's. */
  viewOverFloorMs: 60,
  tree1000Ms: 100,
  tree5000Ms: 500,
  key5000Ms: 16,
};

export const log = (...parts) => console.log(...parts);
