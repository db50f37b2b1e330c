// Reading what the API said when it refused: the message, the status, and the per-field messages
// that the data provider put in `body.errors` (http.ts → unwrapEnvelope). Pure, so dialogs that
// show a refusal inline read it the same way as react-admin's forms do.

type HttpLike = { message?: unknown; status?: unknown; body?: unknown };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The server's message (or an i18n key such as crm.errors.network), for `translate(message, { _: message })`. */
export const errorMessage = (error: unknown): string => {
  if (error instanceof Error) return error.message;
  if (isObject(error) && typeof (error as HttpLike).message === 'string') return (error as HttpLike).message as string;
  return String(error);
};

export const errorStatus = (error: unknown): number | undefined => {
  const status = isObject(error) ? (error as HttpLike).status : undefined;
  return typeof status === 'number' ? status : undefined;
};

/** `{ field: message }` from a 400/422, or {} when the refusal names no field. */
export const fieldErrors = (error: unknown): Record<string, string> => {
  const body = isObject(error) ? (error as HttpLike).body : undefined;
  const errors = isObject(body) ? body.errors : undefined;
  if (!isObject(errors)) return {};
  return Object.fromEntries(Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
};
