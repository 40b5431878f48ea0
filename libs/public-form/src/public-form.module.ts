import { Module } from '@nestjs/common';
import { CasesModule } from '@teilhabe/cases';
import { RateLimitModule } from '@teilhabe/common';
import { ProvidersModule } from '@teilhabe/providers';
import { PublicFormController } from './public-form.controller';
import { PublicFormService } from './public-form.service';

/** The parents' public complaint form: its routes, their limits; its data belongs to others. */
@Module({
  imports: [ProvidersModule, CasesModule, RateLimitModule],
  controllers: [PublicFormController],
  providers: [PublicFormService],
})
export class PublicFormModule {}
