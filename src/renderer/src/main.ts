import './styles/app.css';
import { connectApi } from './api/connect';
import { App } from './app/app';
import { initI18n, t, type UiLanguage } from './i18n/i18n';
import { errorMessage } from './i18n/errors';

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const { api, bridge } = connectApi();
  let lang: UiLanguage = 'en';
  let startupError: unknown = null;
  try {
    lang = (await api.call('settings.get', {})).uiLanguage;
  } catch (err) {
    startupError = err;
  }
  await initI18n(lang);
  if (startupError) {
    // Typically a missing or stale browser-mode token: nothing else will work, say so plainly.
    const box = document.createElement('div');
    box.className = 'startup-error';
    const title = document.createElement('h1');
    title.textContent = t('app.startupFailed');
    const msg = document.createElement('p');
    msg.textContent = errorMessage(startupError);
    box.append(title, msg);
    root.replaceChildren(box);
    return;
  }
  new App(api, bridge).mount(root);
}

void boot();
