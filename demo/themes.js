// The theme page's switch: puts the chosen municipality's theme class on the area that holds the components.
// The components restyle at once: they read CSS custom properties, so nothing is reloaded or re-rendered here.
const THEMES = {
  // Utrecht publishes dark tokens too, switched by a class of their own.
  utrecht: {
    className: 'utrecht-theme',
    darkClass: 'utrecht-theme--color-scheme-dark',
    label: 'Gemeente Utrecht',
  },
  denhaag: { className: 'denhaag-theme', label: 'Gemeente Den Haag' },
  amsterdam: { className: 'ams-theme', label: 'Gemeente Amsterdam' },
  geen: { className: '', label: 'Geen thema (standaard)' },
};

const SCHEMES = { licht: 'light', donker: 'dark' };

const select = document.getElementById('thema');
const schemeSelect = document.getElementById('schema');
const area = document.getElementById('thema-gebied');
const status = document.getElementById('thema-status');

function applyTheme(name) {
  const theme = THEMES[name] ?? THEMES.utrecht;
  for (const { className } of Object.values(THEMES)) {
    if (className) area.classList.toggle(className, className === theme.className);
  }
  area.dataset.theme = name in THEMES ? name : 'utrecht';
  const scheme = schemeSelect?.value in SCHEMES ? schemeSelect.value : 'licht';
  // The components follow the colour scheme of the area around them (light-dark() in their defaults); a theme
  // with dark tokens of its own gets its dark class as well.
  area.style.colorScheme = SCHEMES[scheme];
  for (const { darkClass } of Object.values(THEMES)) {
    if (darkClass) area.classList.toggle(darkClass, darkClass === theme.darkClass && scheme === 'donker');
  }
  status.textContent = `Thema: ${theme.label}, ${scheme}`;
}

if (select && area && status) {
  // ?thema=denhaag&schema=donker opens the page in that theme and scheme (handy for links and screenshots).
  const params = new URLSearchParams(location.search);
  const requested = params.get('thema');
  if (requested && requested in THEMES) select.value = requested;
  const scheme = params.get('schema');
  if (schemeSelect && scheme && scheme in SCHEMES) schemeSelect.value = scheme;
  applyTheme(select.value);
  for (const [control, key] of [
    [select, 'thema'],
    [schemeSelect, 'schema'],
  ]) {
    control?.addEventListener('change', () => {
      applyTheme(select.value);
      const url = new URL(location.href);
      url.searchParams.set(key, control.value);
      history.replaceState(null, '', url);
    });
  }
}
