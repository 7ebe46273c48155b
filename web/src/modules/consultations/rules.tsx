import { useTranslation } from 'react-i18next';
import type { Consultation } from './types';
import { needed } from './types';

/** The rules in plain words: e.g. "参与户数需达到应参与户数的 2/3（至少 20 户）", and per question "“同意”需超过参与户数的 1/2". */
export function useRuleTexts(
  c: Pick<Consultation, 'rules' | 'eligibleCount'> & { questions?: Consultation['questions'] },
) {
  const { t } = useTranslation();
  const { participation: p, approval: a } = c.rules;
  const frac = (x: { num: number; den: number }) => `${x.num}/${x.den}`;
  const part =
    t('consultations.rule.participation', {
      op: t(`consultations.op.${p.op === '>=' ? 'gte' : 'gt'}`),
      frac: frac(p),
    }) +
    (c.eligibleCount ? t('consultations.rule.atLeast', { n: needed(p, c.eligibleCount), total: c.eligibleCount }) : '');
  const op = t(`consultations.op.${a.op === '>=' ? 'gte' : 'gt'}`);
  const qs = c.questions ?? [];
  const approvalOf = (q?: NonNullable<typeof c.questions>[number]) => {
    const label = q?.approveOption ? q.options.find((o) => o.key === q.approveOption)?.label : undefined;
    return t('consultations.rule.approval', {
      what: label ? t('consultations.rule.optionQuoted', { label }) : t('consultations.rule.leading'),
      op,
      frac: frac(a),
    });
  };
  // Questions may count approval differently (a named "agree" option or the leading one): say it per question then.
  const same = qs.every((q) => q.approveOption === qs[0]?.approveOption);
  const approval =
    same || qs.length < 2
      ? [approvalOf(qs[0])]
      : qs.map((q, i) => `${t('consultations.question', { n: i + 1 })}：${approvalOf(q)}`);
  return { participation: part, approval };
}

/** The rules as a card, in plain words: the same on the resident's page and the public page. */
export function RulesCard({ d }: { d: Pick<Consultation, 'rules' | 'eligibleCount' | 'questions'> }) {
  const { t } = useTranslation();
  const r = useRuleTexts(d);
  return (
    <section className="h5-card" aria-labelledby="cs-rules">
      <h2 id="cs-rules" className="h5-h2" style={{ marginTop: 0 }}>
        {t('consultations.rules')}
      </h2>
      <ul className="cs-rules" data-testid="consultation-rules">
        <li>{r.participation}</li>
        {r.approval.map((x) => (
          <li key={x}>{x}</li>
        ))}
        <li>{t('consultations.rule.oneVote')}</li>
      </ul>
    </section>
  );
}
