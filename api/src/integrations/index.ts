// What other modules use to put an endpoint behind an API key, e.g. the appointment and
// discharge survey triggers: @ApiKeyAuth('visits:write') on the controller, @CurrentApiKey()
// in the handler, and optionally @UseGuards(ApiKeyThrottlerGuard) on the handler. The guards
// need only the global Prisma client, so the using module does not import IntegrationsModule.
export { API_KEY_SCOPES, type ApiKeyScope, type ApiKeyPrincipal, type RequestWithApiKey } from './api-key.constants';
export { ApiKeyGuard } from './api-key.guard';
export { ApiKeyThrottlerGuard } from './api-key-throttler.guard';
export { ApiKeyAuth, CurrentApiKey } from './api-key.decorators';
export { IntegrationsModule } from './integrations.module';
