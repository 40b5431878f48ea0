// The public API of @teilhabe/contracts: what other libraries and the apps use, and nothing more.
export { ContractsModule } from './contracts.module';
export { CareContract } from './entities/care-contract.entity';
export { extractInWorker, EXTRACTION_LIMITS } from './extraction/extract-in-worker';
export { ContractsService, type PreparedContract, type UploadedFile } from './contracts.service';
export { ContractUploadInterceptor, MAX_UPLOAD_BYTES } from './upload.interceptor';
