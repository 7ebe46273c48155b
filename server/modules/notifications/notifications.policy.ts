import { anyRole, type Rule } from '../../core/policy/policy';

export const policies: Record<string, Rule> = {
  /** Configure the community's outbound channels and see their delivery status. */
  'notifications.manage': anyRole('staff'),
};
