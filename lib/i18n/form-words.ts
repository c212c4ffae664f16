// The words the question form draws around the page's own (client-safe: the form is a client component).

/** A public form's words in the parent's language; absent on English pages, where the kit's own apply. */
export interface FormWords {
  /**
   * English message → the same message in the parent's language (the schemas' and actions' messages stay
   * English): errors, and the notice an action gives when it worked.
   */
  errors: Record<string, string>;
  /** The error summary's title ("There is a problem"). */
  problem: string;
  /** Read out before each field's error ("Error:"). */
  errorPrefix: string;
  /** The title of the banner after an action worked ("Success"). */
  success: string;
}
