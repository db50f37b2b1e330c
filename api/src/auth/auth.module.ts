import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { authConfig, type AuthConfig } from '../config/configuration';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { throttlerStorage } from './shared-throttler-storage';

@Module({
  imports: [
    JwtModule.registerAsync({
      global: true,
      inject: [authConfig.KEY],
      useFactory: (config: AuthConfig) => ({
        // A KeyObject, not the string: jsonwebtoken otherwise rebuilds the key on every verify (a fifth of the API's CPU in bench/).
        secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as string,
        signOptions: { expiresIn: config.jwtExpiresIn as `${number}h`, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [authConfig.KEY],
      useFactory: (config: AuthConfig) => ({
        throttlers: [{ name: 'login', ttl: 60_000, limit: config.loginRateLimit }],
        storage: throttlerStorage(process.env.REDIS_URL),
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService],
})
export class AuthModule {}
