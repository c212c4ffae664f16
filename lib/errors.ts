import 'server-only';

/**
 * Thrown by a lib/ verb when the record is not there for this user: missing, or out of their scope, which
 * must look the same. The web layer turns it into Next's "not found" (`defineAction` for actions; a page or
 * route catches it or asks a verb that returns null), so lib/ stays free of Next's control flow.
 */
export class NotFoundError extends Error {
  constructor() {
    super('Not found');
    this.name = 'NotFoundError';
  }
}
