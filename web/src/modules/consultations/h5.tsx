import { CheckShieldOutline } from 'antd-mobile-icons';
import { h5Pages, type H5Module } from '../../h5/registry';
import './tile-messages';

const page = h5Pages(
  () => import('./messages'),
  () => import('./consultations.css'),
);

/** 征询 for residents: open and closed consultations, voting with a receipt, and public receipt checks. */
const consultations: H5Module = {
  name: 'consultations',
  routes: [
    { path: 'consultations', page: page(() => import('./h5/ListPage')) },
    { path: 'consultations/:id', page: page(() => import('./h5/ConsultationPage')) },
    { path: 'verify', page: page(() => import('./h5/VerifyPage')), public: true },
  ],
  tiles: [{ key: 'consultations', label: 'consultations.tile', path: 'consultations', icon: <CheckShieldOutline /> }],
};
export default consultations;
