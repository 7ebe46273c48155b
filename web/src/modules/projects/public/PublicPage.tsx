import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/useApi';
import { publicId } from '../../../lib/publicRecord';
import { Frame } from '../../../h5/Frame';
import { photoSrc, yuan } from '../types';

/**
 * The public disclosure of a project (公示): budget, each spending, balance, progress, before/after photos.
 * Only what the public API serves: no invoices, a person paid shown masked.
 */
export default function PublicPage() {
  const { t } = useTranslation();
  const id = publicId('projects');
  const { data: d, error } = useApi('/api/public/projects/{id}', id ? { path: { id } } : null);
  return (
    <Frame title={t('projects.publicTitle')}>
      {!id || error ? (
        <div className="h5-error" role="alert" data-testid="public-error">
          {!id || error?.status === 404 ? t('projects.publicNotFound') : error!.localized}
        </div>
      ) : !d ? (
        <p className="h5-loading" role="status">
          …
        </p>
      ) : (
        <div data-testid="public-project">
          <section className="h5-card" aria-labelledby="pj-title">
            <h2 id="pj-title" className="h5-h2" style={{ marginTop: 0 }}>
              {d.name}
            </h2>
            <p>
              {d.community} · {d.program || d.funder} · {d.year}
            </p>
            {d.description && <p style={{ whiteSpace: 'pre-wrap' }}>{d.description}</p>}
            <dl>
              <dt>{t('projects.funder')}</dt>
              <dd>{d.funder}</dd>
              <dt>{t('projects.budget')}</dt>
              <dd data-testid="public-budget">{yuan(d.budgetFen)}</dd>
              <dt>{t('projects.spent')}</dt>
              <dd data-testid="public-spent">{yuan(d.spentFen)}</dd>
              <dt>{t('projects.balance')}</dt>
              <dd data-testid="public-balance">{yuan(d.balanceFen)}</dd>
              <dt>{t('projects.progress')}</dt>
              <dd>
                {d.progress}% · {t(`projects.statuses.${d.status}`)}
              </dd>
            </dl>
          </section>
          {d.items.length > 0 && (
            <section className="h5-card" aria-labelledby="pj-items">
              <h2 id="pj-items" className="h5-h2">
                {t('projects.items')}
              </h2>
              <ul>
                {d.items.map((it, i) => (
                  <li key={i}>
                    {it.name}
                    {it.quantity !== null && ` ${it.quantity} ${it.unit}`}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section className="h5-card" aria-labelledby="pj-spending">
            <h2 id="pj-spending" className="h5-h2">
              {t('projects.spending')}
            </h2>
            <table data-testid="public-spending" style={{ width: '100%', borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  <th scope="col">{t('projects.spentOn')}</th>
                  <th scope="col">{t('projects.payee')}</th>
                  <th scope="col">{t('projects.note')}</th>
                  <th scope="col">{t('projects.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {d.spending.map((s) => (
                  <tr key={s.id}>
                    <td>{s.spentOn}</td>
                    <td>{s.payee}</td>
                    <td>
                      {s.note}
                      {s.hasInvoice ? `（${t('projects.invoiceAttached')}）` : ''}
                    </td>
                    <td style={{ textAlign: 'right' }}>{yuan(s.amountFen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {d.photos.length > 0 && (
            <section className="h5-card" aria-labelledby="pj-photos">
              <h2 id="pj-photos" className="h5-h2">
                {t('projects.photos')}
              </h2>
              {d.photos.map((p) => (
                <figure key={p.id} style={{ display: 'inline-block', margin: 4 }}>
                  <img src={photoSrc(null, d.id, p.id, 'thumb')} alt={t(`projects.photoKinds.${p.kind}`)} width={160} />
                  <figcaption>{t(`projects.photoKinds.${p.kind}`)}</figcaption>
                </figure>
              ))}
            </section>
          )}
          <p>
            <button type="button" onClick={() => window.print()}>
              {t('projects.print')}
            </button>
          </p>
        </div>
      )}
    </Frame>
  );
}
