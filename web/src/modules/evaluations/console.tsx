import { lazy } from 'react';
import { StarOutlined } from '@ant-design/icons';
import type { ConsoleModule } from '../../console/registry';
import './messages';

const READERS = ['staff', 'party_branch', 'committee', 'property_manager', 'property_specialist', 'deputy'] as const;
const MANAGERS = ['staff', 'party_branch'] as const;

/** 物业考评 in the console: rounds, a round's result with figures and rectifications, the rubric, the trend. */
const evaluations: ConsoleModule = {
  name: 'evaluations',
  routes: [
    { path: 'evaluations', page: lazy(() => import('./console/ListPage')), roles: READERS },
    { path: 'evaluations/rubric', page: lazy(() => import('./console/RubricPage')), roles: MANAGERS },
    { path: 'evaluations/trend', page: lazy(() => import('./console/TrendPage')), roles: READERS },
    { path: 'evaluations/:id', page: lazy(() => import('./console/DetailPage')), roles: READERS },
  ],
  menu: [
    {
      key: 'evaluations',
      label: 'evaluations.menu',
      icon: <StarOutlined />,
      roles: READERS,
      children: [
        { key: 'evaluations-rounds', label: 'evaluations.rounds', path: 'evaluations', roles: READERS },
        { key: 'evaluations-trend', label: 'evaluations.trend', path: 'evaluations/trend', roles: READERS },
        { key: 'evaluations-rubric', label: 'evaluations.rubric', path: 'evaluations/rubric', roles: MANAGERS },
      ],
    },
  ],
};
export default evaluations;
