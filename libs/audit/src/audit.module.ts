import { Global, Module } from '@nestjs/common';
import { DeniedAccessRecorder } from '@teilhabe/common';
import { AuditService } from './audit.service';
import { AuditDeniedAccessRecorder } from './denied-access.recorder';

@Global()
@Module({
  providers: [AuditService, { provide: DeniedAccessRecorder, useClass: AuditDeniedAccessRecorder }],
  exports: [AuditService, DeniedAccessRecorder],
})
export class AuditModule {}
