/**
 * Slot for the partnership's current platform alerts on the start page. The trends issue publishes them;
 * until then there is nothing to show, so nothing is rendered (never made-up alerts).
 */
export function PlatformAlerts() {
  return null;
}
