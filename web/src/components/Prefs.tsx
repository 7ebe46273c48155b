import { useTranslation } from 'react-i18next';
import { setCare, setLang, useCare } from '../app/prefs';
import type { Lang } from '../app/i18n';
import './prefs.css';

/** Language choice as two plain buttons: usable by keyboard, screen reader, and in both UI kits. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const langs: Array<[Lang, string]> = [
    ['zh-CN', '中文'],
    ['en', 'English'],
  ];
  return (
    <div
      role="group"
      aria-label={t('common.language')}
      className={`gz-seg ${className ?? ''}`}
      data-testid="lang-switch"
    >
      {langs.map(([l, label]) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={i18n.language === l}
          data-testid={`lang-${l}`}
          onClick={() => setLang(l)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/** The care-mode (关怀模式) switch, a native checkbox styled as a toggle so it is labelled and keyboard-usable. */
export function CareSwitch({ className }: { className?: string }) {
  const { t } = useTranslation();
  const on = useCare();
  return (
    <label className={`gz-toggle ${className ?? ''}`}>
      <input
        type="checkbox"
        role="switch"
        checked={on}
        aria-checked={on}
        data-testid="care-switch"
        onChange={(e) => setCare(e.target.checked)}
      />
      <span className="gz-toggle-track" aria-hidden="true" />
      <span>{t('common.careMode')}</span>
    </label>
  );
}
