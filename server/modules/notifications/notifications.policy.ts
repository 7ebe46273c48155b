import { anyRole, definePolicies } from '../../core/policy/policy';

definePolicies({
  /** Configure the community's outbound channels and see their delivery status. */
  'notifications.manage': anyRole('staff'),
});
