// The public API of @teilhabe/crypto: what other libraries and the apps use, and nothing more.
export { CryptoModule } from './crypto.module';
export { FieldCipher, isEncrypted } from './field-cipher';
export { generateKey } from './field-keys';
export { encrypted, encryptedJson } from './field-transformers';
export {
  currentPrefix,
  EntityRotation,
  KeyRotation,
  KeyRotationModule,
  KeyRotationStep,
  type RotationStep,
  type StepCount,
} from './key-rotation';
