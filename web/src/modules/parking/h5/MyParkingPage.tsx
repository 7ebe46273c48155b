import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/useApi';
import { Shell } from '../../../h5/Shell';
import { homeCommunity, useH5Session } from '../../../h5/session';
import { yuan } from '../types';

/**
 * The resident's parking page: the household's vehicles, and each car park's rule in force with "why?" — the
 * consultation that set it (question, turnout, result) and a link to its public page.
 */
export default function MyParkingPage() {
  const { t } = useTranslation();
  const { me } = useH5Session();
  const c = homeCommunity(me!)?.id;
  const { data, error } = useApi(
    '/api/communities/{communityId}/parking/mine',
    c ? { path: { communityId: c } } : null,
  );
  return (
    <Shell title={t('parking.h5Title')} back="/">
      {error && (
        <div className="h5-error" role="alert">
          {error.localized}
        </div>
      )}
      {!data && !error && <p className="h5-loading">{t('common.loading')}</p>}
      {data && (
        <>
          <section className="pk-card" aria-labelledby="pk-mine">
            <h2 id="pk-mine">{t('parking.myVehicles')}</h2>
            {data.vehicles.length === 0 ? (
              <p className="pk-line">{t('parking.noVehicles')}</p>
            ) : (
              <List data-testid="h5-my-vehicles">
                {data.vehicles.map((v) => (
                  <List.Item key={v.id} description={v.householdLabel}>
                    <span className="pk-plate">{v.plate}</span>
                    {v.newEnergy && <span className="pk-line"> · {t('parking.newEnergy')}</span>}
                  </List.Item>
                ))}
              </List>
            )}
          </section>
          <h2 className="pk-heading">{t('parking.rulesHere')}</h2>
          {data.carParks.map((p) => (
            <section key={p.id} className="pk-card" data-testid={`h5-car-park-${p.id}`} aria-label={p.name}>
              <h3>
                {p.name}
                {p.estateName ? ` · ${p.estateName}` : ''}
              </h3>
              {p.rule ? (
                <>
                  <p className="pk-line" data-testid="h5-rule-line">
                    {t('parking.ruleLine', {
                      free: p.rule.freeMinutes,
                      fee: yuan(p.rule.feeFenPerHour),
                      cap: yuan(p.rule.dailyCapFen),
                      priority: p.rule.ownerPrioritySpaces,
                    })}
                  </p>
                  <p className="pk-line">{t('parking.since', { date: p.rule.effectiveOn })}</p>
                  {p.why && (
                    <details className="pk-why" data-testid="h5-why">
                      <summary>{t('parking.why', { free: p.rule.freeMinutes })}</summary>
                      <p>{t('parking.whyIntro', { topic: p.rule.topicTitle, title: p.why.title })}</p>
                      <p data-testid="h5-why-turnout">
                        {t('parking.turnout', { eligible: p.why.eligible, participants: p.why.participants })}
                      </p>
                      {p.why.questions.map((q) => (
                        <div key={q.key}>
                          <p>
                            <strong>{q.text}</strong>
                          </p>
                          <ul>
                            {q.counts.map((o) => (
                              <li key={o.key}>
                                {o.label}：{t('parking.votes', { count: o.count })}
                                {q.leading === o.key ? `（${t('parking.leading')}）` : ''}
                              </li>
                            ))}
                          </ul>
                        </div>
                      ))}
                      {p.why.decision && <p>{t('parking.decision', { text: p.why.decision })}</p>}
                      <a
                        className="pk-link"
                        href={`/p/consultations/${encodeURIComponent(p.why.consultationId)}`}
                        data-testid="h5-why-link"
                      >
                        {t('parking.publicResult')}
                      </a>
                    </details>
                  )}
                </>
              ) : (
                <p className="pk-line">
                  {t('parking.totalSpacesLine', { count: p.totalSpaces })} · {p.note || t('parking.noRule')}
                </p>
              )}
            </section>
          ))}
        </>
      )}
    </Shell>
  );
}
