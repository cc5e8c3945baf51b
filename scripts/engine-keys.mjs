// Key names as the tests write them (Playwright's: 'Shift+Tab', 'Space'), split for drivers that take one key at a
// time (puppeteer over BiDi, webdriverio).
export function keyChord(press) {
  const keys = press.length > 1 && press.includes('+') ? press.split('+') : [press];
  return { modifiers: keys.slice(0, -1), key: keys.at(-1) };
}
