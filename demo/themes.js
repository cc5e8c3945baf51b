// The theme page's switch: puts the chosen municipality's theme class on the area that holds the components.
// The components restyle at once: they read CSS custom properties, so nothing is reloaded or re-rendered here.
const THEMES = {
  utrecht: { className: 'utrecht-theme', label: 'Gemeente Utrecht' },
  denhaag: { className: 'denhaag-theme', label: 'Gemeente Den Haag' },
  amsterdam: { className: 'ams-theme', label: 'Gemeente Amsterdam' },
  geen: { className: '', label: 'Geen thema (standaard)' },
};

const select = document.getElementById('thema');
const area = document.getElementById('thema-gebied');
const status = document.getElementById('thema-status');

function applyTheme(name) {
  const theme = THEMES[name] ?? THEMES.utrecht;
  for (const { className } of Object.values(THEMES)) {
    if (className) area.classList.toggle(className, className === theme.className);
  }
  area.dataset.theme = name in THEMES ? name : 'utrecht';
  status.textContent = `Thema: ${theme.label}`;
}

if (select && area && status) {
  // ?thema=denhaag opens the page in that theme (handy for links and screenshots).
  const requested = new URLSearchParams(location.search).get('thema');
  if (requested && requested in THEMES) select.value = requested;
  applyTheme(select.value);
  select.addEventListener('change', () => {
    applyTheme(select.value);
    const url = new URL(location.href);
    url.searchParams.set('thema', select.value);
    history.replaceState(null, '', url);
  });
}
