// Dates on staff screens, in UK time whatever the server's zone.
const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const date = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'medium' });

/** A calendar date from a date column (midnight UTC), such as the day the reporter last checked. */
export function formatDay(day: Date): string {
  return date.format(day);
}

export function formatDateTime(at: Date): string {
  return dateTime.format(at);
}
