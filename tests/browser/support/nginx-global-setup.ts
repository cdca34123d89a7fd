import type { TestProject } from 'vitest/node';
import { serveSite } from './global-setup';

/** Project `nginx`: the same specs, served by a real nginx with the build's configuration. */
export default (project: TestProject) => serveSite(project, 'nginx');
