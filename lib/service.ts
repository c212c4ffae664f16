/** The service's name, as parents see it. */
export const SERVICE_NAME = 'Report a concern about a child online';
