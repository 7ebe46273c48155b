import { CheckShieldOutline } from 'antd-mobile-icons';
import { lazy } from 'react';
import type { H5Module } from '../../h5/registry';
import './messages';
import './consultations.css';

/** 征询 for residents: open and closed consultations, voting with a receipt, and public receipt checks. */
const consultations: H5Module = {
  name: 'consultations',
  routes: [
    { path: 'consultations', page: lazy(() => import('./h5/ListPage')) },
    { path: 'consultations/:id', page: lazy(() => import('./h5/ConsultationPage')) },
    { path: 'verify', page: lazy(() => import('./h5/VerifyPage')), public: true },
  ],
  tiles: [{ key: 'consultations', label: 'consultations.tile', path: 'consultations', icon: <CheckShieldOutline /> }],
};
export default consultations;
