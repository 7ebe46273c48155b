import { lazy } from 'react';
import { HeartOutlined } from '@ant-design/icons';
import type { ConsoleModule } from '../../console/registry';
import './messages';

const RUNS = ['staff', 'party_branch'] as const;
const SERVING = [
  'staff',
  'party_branch',
  'committee',
  'building_leader',
  'grid_member',
  'property_manager',
  'property_specialist',
  'deputy',
] as const;

/** 内力 in the console: activities and their check-in screen, volunteer hours and party members' lists, department referrals, deputy proposals. */
const volunteers: ConsoleModule = {
  name: 'volunteers',
  routes: [
    { path: 'activities', page: lazy(() => import('./console/ActivitiesPage')), roles: RUNS },
    { path: 'volunteer-hours', page: lazy(() => import('./console/HoursPage')), roles: [...SERVING, 'party_member'] },
    { path: 'referrals', page: lazy(() => import('./console/ReferralsPage')), roles: SERVING },
    { path: 'proposals', page: lazy(() => import('./console/ProposalsPage')), roles: SERVING },
  ],
  menu: [
    {
      key: 'volunteers',
      label: 'volunteers.menu',
      icon: <HeartOutlined />,
      roles: [...SERVING, 'party_member'],
      children: [
        { key: 'activities', label: 'volunteers.activitiesMenu', path: 'activities', roles: RUNS },
        {
          key: 'volunteer-hours',
          label: 'volunteers.hoursMenu',
          path: 'volunteer-hours',
          roles: [...SERVING, 'party_member'],
        },
        { key: 'referrals', label: 'volunteers.referralsMenu', path: 'referrals', roles: SERVING },
        { key: 'proposals', label: 'volunteers.proposalsMenu', path: 'proposals', roles: SERVING },
      ],
    },
  ],
};
export default volunteers;
