import { Global, Logger, Module } from '@nestjs/common';
import { AppConfig, CryptoConfig } from '@teilhabe/config';
import { FieldCipher } from './field-cipher';
import { resolveFieldKeys } from './field-keys';
import { installFieldCipher } from './field-transformers';

/** Provides the FieldCipher and installs it for the entity transformers. */
@Global()
@Module({
  providers: [
    {
      provide: FieldCipher,
      inject: [CryptoConfig, AppConfig],
      useFactory: (crypto: CryptoConfig, app: AppConfig) => {
        const resolved = resolveFieldKeys(crypto, app.isProduction);
        if (resolved.devKeysFile) {
          new Logger('Crypto').warn(
            `personal data is encrypted with development keys from ${resolved.devKeysFile}; ` +
              'set ENCRYPTION_KEYS and BLIND_INDEX_KEY in production',
          );
        }
        const cipher = new FieldCipher(resolved.keys);
        installFieldCipher(cipher);
        return cipher;
      },
    },
  ],
  exports: [FieldCipher],
})
export class CryptoModule {}
