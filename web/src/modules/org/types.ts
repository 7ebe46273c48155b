import type { CommunityDetail as CommunityDetailSchema } from '../../../../contract/org';
import type { z } from 'zod';

export type CommunityDetail = z.infer<typeof CommunityDetailSchema>;
