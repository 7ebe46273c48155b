import type { H5Module } from '../h5/registry';
import tickets from './tickets/h5';
import consultations from './consultations/h5';
import notifications from './notifications/h5';
import volunteers from './volunteers/h5';
import workorders from './workorders/h5';
import projects from './projects/h5';
import evaluations from './evaluations/h5';
import parking from './parking/h5';

/** Every module's resident pages and home tiles. A new module adds one line (the household page is built in). */
export const h5Modules: H5Module[] = [
  tickets,
  consultations,
  notifications,
  volunteers,
  workorders,
  projects,
  evaluations,
  parking,
];
