import { z } from 'zod';

/** The body of a write that takes no input: nothing, or `{}`; anything else is refused 400. */
export const NoBody = z.strictObject({}).nullish().describe('No input: send no body, or {}');
