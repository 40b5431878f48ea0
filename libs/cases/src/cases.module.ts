import { Module } from '@nestjs/common';
import { CaseKeyRotation } from './case-key-rotation.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({
  controllers: [CasesController],
  providers: [CasesService, CaseKeyRotation],
  exports: [CasesService, CaseKeyRotation],
})
export class CasesModule {}
