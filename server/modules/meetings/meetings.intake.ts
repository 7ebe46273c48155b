import type { Conn } from '../../core/db/kysely';
import { categoryRules, suggestCategory } from '../tickets/categories.service';
import { communityModel } from '../tickets/lessons.service';
import { parseChatExport } from './chat-intake';

/** Candidate tickets from a pasted group chat, each with the tickets module's category suggestion; nothing is stored. */
export async function chatIntake(conn: Conn, communityId: string, text: string) {
  const { messages, skipped } = parseChatExport(text);
  const [rules, model] = await Promise.all([categoryRules(conn, communityId), communityModel(conn, communityId)]);
  return {
    candidates: messages.map((m) => ({
      speaker: m.speaker,
      time: m.time,
      text: m.text,
      lines: m.lines,
      suggestedCategory: suggestCategory(m.text, rules, model).category,
    })),
    skipped,
  };
}
