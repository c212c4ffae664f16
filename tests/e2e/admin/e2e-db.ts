// Direct database access for the administration specs (shared with the other specs).
export { query } from '../e2e-db';

export const unique = () => Math.random().toString(36).slice(2, 8);
