import type { z } from 'zod';
import type { CreateConsultationBody, UpdateConsultationBody } from '../../contract/consultations';
import type { RequestContext } from '../core/context';
import * as consultations from '../modules/consultations/consultations.service';
import * as topics from '../modules/topics/topics.service';

/** A consultation may belong to a topic of the community: topics answers whether it exists, in the same transaction. */
const linksOf = (c: RequestContext): consultations.ConsultationLinks => ({
  topicExists: (trx, topicId) => topics.topicExists(trx, c.communityId, topicId),
});

export function createConsultation(c: RequestContext, body: z.infer<typeof CreateConsultationBody>) {
  return consultations.createConsultation(c, body, linksOf(c));
}

export function updateConsultation(c: RequestContext, id: string, body: z.infer<typeof UpdateConsultationBody>) {
  return consultations.updateConsultation(c, id, body, linksOf(c));
}
