import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from './locales/zh-CN';
import en from './locales/en';

export type Lang = 'zh-CN' | 'en';
export const LANGS: Lang[] = ['zh-CN', 'en'];
const KEY = 'gz.lang';

function storedLang(): Lang {
  try {
    const v = localStorage.getItem(KEY);
    if (v === 'en' || v === 'zh-CN') return v;
  } catch {
    /* no storage: default */
  }
  return 'zh-CN';
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLang(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

function applyLang(lang: string) {
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    /* ignore */
  }
}
applyLang(i18n.language);
i18n.on('languageChanged', applyLang);

/** The current language, narrowed to the ones we ship. */
export const currentLang = (): Lang => (i18n.language === 'en' ? 'en' : 'zh-CN');

/** A module's own strings, merged under its namespace key (e.g. `tickets`), so modules don't all edit one file. */
export function addMessages(messages: Partial<Record<Lang, Record<string, unknown>>>) {
  for (const lang of LANGS) {
    if (messages[lang]) i18n.addResourceBundle(lang, 'translation', messages[lang], true, true);
  }
}

export default i18n;
