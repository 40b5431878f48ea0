import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@teilhabe/audit';
import { AuthModule } from '@teilhabe/auth';
import { CasesModule } from '@teilhabe/cases';
import { RateLimitModule } from '@teilhabe/common';
import { ContractsModule } from '@teilhabe/contracts';
import { MailModule } from '@teilhabe/mail';
import { ProvidersModule } from '@teilhabe/providers';
import { AllocationLetters } from './allocation-letters';
import { AnswerDeadline } from './answer-deadline';
import { AllocationLetter } from './entities/allocation-letter.entity';
import { AnswerLink } from './entities/answer-link.entity';
import { Letter } from './entities/letter.entity';
import { ProviderAnswer } from './entities/provider-answer.entity';
import { LetterComposer } from './letter-composer';
import { LetterDelivery } from './letter-delivery';
import { LetterEvents } from './letter-events';
import { LetterKeyRotation, ProviderAnswerKeyRotation } from './letter-key-rotation.service';
import { LetterRetention } from './letter-retention';
import { CaseLettersController, LettersController } from './letters.controller';
import { LettersService } from './letters.service';
import { ProviderAnswersController } from './provider-answers.controller';
import { ProviderAnswersService } from './provider-answers.service';

/** Letters of the office (DIN 5008 PDFs, e-mail or post), the consent check, provider answers. */
@Module({
  imports: [
    AuditModule,
    AuthModule,
    CasesModule,
    ContractsModule,
    MailModule,
    ProvidersModule,
    RateLimitModule,
    TypeOrmModule.forFeature([Letter, AnswerLink, ProviderAnswer, AllocationLetter]),
  ],
  controllers: [CaseLettersController, LettersController, ProviderAnswersController],
  providers: [
    AllocationLetters,
    AnswerDeadline,
    LetterComposer,
    LetterEvents,
    LettersService,
    LetterDelivery,
    ProviderAnswersService,
    LetterRetention,
    LetterKeyRotation,
    ProviderAnswerKeyRotation,
  ],
  exports: [LettersService, LetterEvents, AnswerDeadline, AllocationLetters],
})
export class LettersModule {}
