/** The request header proxy.ts sets to the page's path and query, for the language chooser's way back. */
export const PAGE_PATH_HEADER = 'x-page-path';
