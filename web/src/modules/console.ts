import type { ConsoleModule } from '../console/registry';
import workbench from './workbench/console';
import org from './org/console';
import tickets from './tickets/console';
import consultations from './consultations/console';
import topics from './topics/console';
import meetings from './meetings/console';
import notifications from './notifications/console';
import dashboards from './dashboards/console';
import volunteers from './volunteers/console';
import workorders from './workorders/console';
import projects from './projects/console';
import resources from './resources/console';
import evaluations from './evaluations/console';
import parking from './parking/console';
import notices from './notices/console';
import reports from './reports/console';

/** Every module's console pages and menu entries, in menu order. A new module adds one line. */
export const consoleModules: ConsoleModule[] = [
  workbench,
  org,
  tickets,
  consultations,
  topics,
  meetings,
  notifications,
  evaluations,
  dashboards,
  volunteers,
  workorders,
  projects,
  resources,
  parking,
  notices,
  reports,
];
