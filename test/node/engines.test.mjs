// The engine selection of the test runner (scripts/engines.mjs) and the README's promise of which browsers and
// versions are tested: the table names the major versions of the installed engines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { ENGINES, engineVersion, keyChord, selectedEngines } from '../../scripts/engines.mjs';

test('--group runs take all three engines, single files Chromium, ENGINES picks', () => {
  assert.deepEqual(selectedEngines(['wtr', '--group', 'unit'], {}), ['chromium', 'firefox', 'webkit']);
  assert.deepEqual(selectedEngines(['wtr', '--files', 'x.test.ts'], {}), ['chromium']);
  assert.deepEqual(selectedEngines(['wtr', '--group', 'unit'], { ENGINES: 'WebKit, firefox' }), [
    'webkit',
    'firefox',
  ]);
  assert.throws(() => selectedEngines([], { ENGINES: 'safari' }), /unknown safari/);
});

test('key names as the tests write them become chords', () => {
  assert.deepEqual(keyChord('Shift+Tab'), { modifiers: ['Shift'], key: 'Tab' });
  assert.deepEqual(keyChord('Control+Shift+End'), { modifiers: ['Control', 'Shift'], key: 'End' });
  assert.deepEqual(keyChord('+'), { modifiers: [], key: '+' });
  assert.deepEqual(keyChord('Space'), { modifiers: [], key: 'Space' });
});

test('the README names the tested major version of each installed engine', () => {
  const section =
    readFileSync('README.md', 'utf8').split('## Supported browsers')[1]?.split('\n## ')[0] ?? '';
  assert.ok(section, 'README has a Supported browsers section');
  const expected = {
    chromium: /^Chromium (\d+)/,
    firefox: /^Firefox (\d+)/,
    webkit: /^WebKitGTK (\d+\.\d+)/,
  };
  const installed = {
    chromium: '/usr/bin/chromium',
    firefox: '/usr/bin/firefox-esr',
    webkit: '/usr/bin/WebKitWebDriver',
  };
  for (const name of ENGINES) {
    if (!existsSync(installed[name])) continue; // a machine without the engine cannot say its version
    const major = engineVersion(name).match(expected[name])?.[1];
    assert.ok(major, `${name}: version unknown (${engineVersion(name)})`);
    const label = {
      chromium: `Chromium ${major}`,
      firefox: `Firefox ${major} ESR`,
      webkit: `WebKitGTK ${major}`,
    }[name];
    assert.ok(section.includes(`| ${label} (`), `README lists ${label}`);
  }
});
