import { afterEach, expect } from 'vitest';
import { takeBlockedRequests } from './browser';

// Runs after every browser test (a setupFiles entry of the browser project): no
// page may have asked any host but loopback, whatever the spec checks itself.
afterEach(() => {
  expect(takeBlockedRequests(), 'requests to hosts other than loopback (blocked)').toEqual([]);
});
