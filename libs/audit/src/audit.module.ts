import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeniedAccessRecorder } from '@teilhabe/common';
import { AuditService } from './audit.service';
import { AuditDeniedAccessRecorder } from './denied-access.recorder';
import { AuditEntry } from './entities/audit-entry.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  providers: [AuditService, { provide: DeniedAccessRecorder, useClass: AuditDeniedAccessRecorder }],
  exports: [AuditService, DeniedAccessRecorder],
})
export class AuditModule {}
