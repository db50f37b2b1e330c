// Notification links are console paths written by the server (/tasks/<id>, /tasks): here they
// become the console's routes. Anything that is not a plain path inside the console is ignored.

const RESOURCE_PATH = /^\/([a-z][a-z-]*)\/([A-Za-z0-9-]+)$/;

/** The console route a notification opens, or null when it opens nothing. */
export const consolePath = (link: string | null | undefined): string | null => {
  if (!link || !link.startsWith('/') || link.startsWith('//') || /[\s\\]/.test(link) || link.includes('..')) return null;
  const record = RESOURCE_PATH.exec(link);
  // a record's link opens its page (react-admin's /<resource>/<id> is the edit form)
  if (record && record[2] !== 'create') return `/${record[1]}/${record[2]}/show`;
  return link;
};

/** How often the bell asks for the unread count. */
export const UNREAD_POLL_MS = 30_000;
