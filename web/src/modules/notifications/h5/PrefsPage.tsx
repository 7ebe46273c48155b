import { useEffect, useState } from 'react';
import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { Choices } from '../../../h5/Choices';
import { Shell } from '../../../h5/Shell';
import { TextField } from '../../../h5/TextField';
import { GROUPS, savePrefs, type PrefsBody } from '../prefs';

/** Residents see only what concerns them: tickets, consultations and community news (not the staff's groups). */
const RESIDENT_GROUPS = GROUPS.filter((g) => g === 'tickets' || g === 'consultations' || g === 'community');

/**
 * 通知设置 for a resident: whether messages also come by SMS, for which kinds, and the hours when no SMS should
 * arrive. Native controls (radio chips, checkbox chips, time fields), so keyboard, switch access and care mode work.
 */
export default function PrefsPage() {
  const { t } = useTranslation();
  const prefs = useApi('/api/notification-prefs');
  const [v, setV] = useState<PrefsBody>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (prefs.data) setV(prefs.data);
  }, [prefs.data]);

  const change = (p: Partial<PrefsBody>) => {
    setSaved(false);
    setV((old) => (old ? { ...old, ...p } : old));
  };
  const save = async () => {
    if (!v) return;
    setBusy(true);
    setError(undefined);
    try {
      setV(await savePrefs(v));
      setSaved(true);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Shell title={t('notifications.prefs.title')} back="/notifications">
      {error && (
        <div role="alert" className="h5-error" data-testid="prefs-error">
          {error}
        </div>
      )}
      {saved && (
        <div role="status" className="h5-card" data-testid="prefs-saved">
          {t('notifications.prefs.saved')}
        </div>
      )}
      {prefs.data && !prefs.data.smsAvailable && <p className="h5-intro">{t('notifications.prefs.noGateway')}</p>}
      {v && (
        <form
          className="nt-prefs"
          data-testid="prefs-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Choices<'on' | 'off'>
            legend={t('notifications.prefs.sms')}
            name="sms"
            testId="prefs-sms"
            value={v.sms ? 'on' : 'off'}
            onChange={(x) => change({ sms: x === 'on' })}
            options={[
              { value: 'on', label: t('notifications.prefs.smsOn') },
              { value: 'off', label: t('notifications.prefs.smsOff') },
            ]}
            hint={
              prefs.data?.phoneMasked
                ? t('notifications.prefs.smsTo', { phone: prefs.data.phoneMasked })
                : t('notifications.prefs.noPhone')
            }
          />
          <fieldset className="h5-choices" data-testid="prefs-kinds">
            <legend className="h5-choices-legend">{t('notifications.prefs.kinds')}</legend>
            <div className="h5-choices-list">
              {RESIDENT_GROUPS.map((g) => {
                const on = v.smsKinds.includes(g);
                return (
                  <label key={g} className={on ? 'h5-choice on' : 'h5-choice'}>
                    <input
                      type="checkbox"
                      checked={on}
                      onChange={() => change({ smsKinds: on ? v.smsKinds.filter((k) => k !== g) : [...v.smsKinds, g] })}
                      data-testid={`prefs-kind-${g}`}
                    />
                    <span>{t(`notifications.group.${g}`)}</span>
                  </label>
                );
              })}
            </div>
          </fieldset>
          <fieldset className="h5-choices">
            <legend className="h5-choices-legend">{t('notifications.prefs.quiet')}</legend>
            <div className="nt-prefs-times">
              <label>
                {t('notifications.prefs.quietStart')}
                <TextField
                  type="time"
                  required
                  value={v.quietStart}
                  onChange={(x) => change({ quietStart: x })}
                  data-testid="prefs-quiet-start"
                />
              </label>
              <label>
                {t('notifications.prefs.quietEnd')}
                <TextField
                  type="time"
                  required
                  value={v.quietEnd}
                  onChange={(x) => change({ quietEnd: x })}
                  data-testid="prefs-quiet-end"
                />
              </label>
            </div>
            <div className="h5-choices-hint">{t('notifications.prefs.quietHint')}</div>
          </fieldset>
          <Button block type="submit" color="primary" size="large" loading={busy} data-testid="prefs-save">
            {t('common.save')}
          </Button>
        </form>
      )}
    </Shell>
  );
}
