/**
 * Pages send no Referer at all (Referrer-Policy: no-referrer, from proxy.ts) except pages holding a form
 * that posts: under no-referrer a browser sends "Origin: null" with a form posted without JavaScript, and
 * the app (like Next.js) refuses such a POST, as it cannot be told from another site's. So every form that
 * posts renders this; React moves it into the page's <head>. same-origin still sends nothing elsewhere.
 * tests/e2e/security checks that each page has it exactly when it holds such a form.
 */
export function FormReferrerPolicy() {
  return <meta name="referrer" content="same-origin" />;
}
