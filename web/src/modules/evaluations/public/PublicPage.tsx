import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/useApi';
import { publicId } from '../../../lib/publicRecord';
import { formatTime } from '../../../lib/format';
import { Frame } from '../../../h5/Frame';
import { figureRows } from '../types';

/** The public notice of a closed round: score, items, the quarter's figures and rectification progress — no member, no comment. */
export default function PublicPage() {
  const { t } = useTranslation();
  const id = publicId('evaluations');
  const { data: d, error } = useApi('/api/public/evaluations/{id}', id ? { path: { id } } : null);
  return (
    <Frame title={t('evaluations.publicTitle')}>
      {!id || error ? (
        <div className="h5-error" role="alert" data-testid="public-error">
          {!id || error?.status === 404 ? t('evaluations.publicNotFound') : error!.localized}
        </div>
      ) : !d ? (
        <p className="h5-loading" role="status">
          {t('common.loading')}
        </p>
      ) : (
        <div data-testid="public-evaluation">
          <section className="h5-card">
            <h2 className="h5-h2" style={{ marginTop: 0 }}>
              {d.quarter} · {d.estateName}
            </h2>
            <p>
              {t('evaluations.publicIntro', {
                community: d.communityName,
                company: d.companyName,
                estate: d.estateName,
                quarter: d.quarter,
              })}
            </p>
            <p>
              {t('evaluations.score')}：
              <span className="ev-score" data-testid="public-score">
                {d.result.score ?? '—'}
              </span>
            </p>
            <p>
              {t('evaluations.members', d.result)} · {formatTime(d.closedAt)}
            </p>
            <table className="ev-table">
              <thead>
                <tr>
                  <th scope="col">{t('evaluations.item')}</th>
                  <th scope="col">{t('evaluations.weight')}</th>
                  <th scope="col">{t('evaluations.mean')}</th>
                  <th scope="col">{t('evaluations.range')}</th>
                </tr>
              </thead>
              <tbody>
                {d.result.items.map((i) => (
                  <tr key={i.key}>
                    <th scope="row">{i.labelZh}</th>
                    <td>{i.weight}</td>
                    <td>{i.mean ?? '—'}</td>
                    <td>{i.min === null ? '—' : `${i.min}–${i.max}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="h5-card">
            <h2 className="h5-h2" style={{ marginTop: 0 }}>
              {t('evaluations.figures')}
            </h2>
            <table className="ev-table" data-testid="public-figures">
              <tbody>
                {figureRows(d.figures, t('evaluations.notRecorded')).map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{t(`evaluations.${r.key}`)}</th>
                    <td>{r.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted">{t('evaluations.figuresNote')}</p>
          </section>
          <section className="h5-card">
            <h2 className="h5-h2" style={{ marginTop: 0 }}>
              {t('evaluations.rectifications')}
            </h2>
            {d.rectifications.length === 0 ? (
              <p>{t('evaluations.noRectifications')}</p>
            ) : (
              <table className="ev-table" data-testid="public-rectifications">
                <thead>
                  <tr>
                    <th scope="col">{t('evaluations.title')}</th>
                    <th scope="col">{t('evaluations.due')}</th>
                    <th scope="col">{t('evaluations.statusTitle')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.rectifications.map((r, i) => (
                    <tr key={i}>
                      <td>{r.title}</td>
                      <td>{r.dueDate}</td>
                      <td>{t(r.status === 'done' ? 'evaluations.done' : 'evaluations.open')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </div>
      )}
    </Frame>
  );
}
