// Dates on staff screens, in UK time whatever the server's zone.
const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatDateTime(at: Date): string {
  return dateTime.format(at);
}
