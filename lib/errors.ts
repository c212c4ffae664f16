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

/**
 * A problem the person can fix; its message is shown to them as it is (by `defineAction` on a form, by a
 * command on the terminal). Kept here, free of Next, so lib/ verbs that commands also run can throw it.
 */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
