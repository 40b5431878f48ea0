import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@teilhabe/audit';
import { AuthModule } from '@teilhabe/auth';
import { CasesModule } from '@teilhabe/cases';
import { LettersModule } from '@teilhabe/letters';
import { MailModule } from '@teilhabe/mail';
import { Escalation } from './entities/escalation.entity';
import { FollowUp } from './entities/follow-up.entity';
import { Escalations } from './escalations.service';
import { FollowUpKeyRotation, FollowUpRetention } from './follow-up-data';
import { FollowUpsController } from './follow-ups.controller';
import { FollowUpsService } from './follow-ups.service';

/** Deadlines for the provider's answers (Wiedervorlage), reminders and escalations. */
@Module({
  imports: [
    AuditModule,
    AuthModule,
    CasesModule,
    LettersModule,
    MailModule,
    TypeOrmModule.forFeature([FollowUp, Escalation]),
  ],
  controllers: [FollowUpsController],
  providers: [FollowUpsService, Escalations, FollowUpRetention, FollowUpKeyRotation],
  exports: [FollowUpsService],
})
export class FollowUpsModule {}
