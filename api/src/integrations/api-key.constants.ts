/** What a key may do. Each public endpoint names the one scope it needs. */
export const API_KEY_SCOPES = ['leads:write', 'visits:write'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const API_KEY_HEADER = 'x-api-key';
/** Metadata key under which @ApiKeyAuth(scope) stores the scope a route needs. */
export const API_KEY_SCOPE = 'apiKeyScope';

// lastUsedAt is written at most this often per key, so a busy form is not a write per request.
export const LAST_USED_RESOLUTION_MS = 60_000;
// Requests per key per endpoint per window (ApiKeyThrottlerGuard).
export const API_KEY_RATE_LIMIT = 60;
export const API_KEY_RATE_WINDOW_MS = 60_000;

/** What ApiKeyGuard puts on the request for the handler: which key, acting for which hospital. */
export interface ApiKeyPrincipal {
  id: string;
  hospitalId: string;
  scopes: ApiKeyScope[];
  /** The key's public part, for logs and rate limiting (never the secret). */
  prefix: string;
}

export type RequestWithApiKey = { apiKey?: ApiKeyPrincipal };
