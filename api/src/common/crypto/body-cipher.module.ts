import { Global, Inject, Module } from '@nestjs/common';
import { createBodyCipher, type BodyCipher } from '@hospital-crm/db';
import { cryptoConfig, type CryptoConfig } from '../../config/configuration';

const BODY_CIPHER = Symbol('BodyCipher');

/** Seals message bodies before they are stored and opens them for the people allowed to read them. */
export const InjectBodyCipher = () => Inject(BODY_CIPHER);
export type { BodyCipher };

@Global()
@Module({
  providers: [
    {
      provide: BODY_CIPHER,
      inject: [cryptoConfig.KEY],
      useFactory: (config: CryptoConfig): BodyCipher => createBodyCipher(config.communicationKeys, config.communicationKeyId),
    },
  ],
  exports: [BODY_CIPHER],
})
export class BodyCipherModule {}
