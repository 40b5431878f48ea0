import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@teilhabe/audit';
import { DistrictsModule } from '@teilhabe/districts';
import { Facility } from './entities/facility.entity';
import { Provider } from './entities/provider.entity';
import { FacilitiesController } from './facilities.controller';
import { FacilitiesService } from './facilities.service';
import { FacilityEvents } from './facility-events';
import { ProvidersController } from './providers.controller';
import { ProvidersService } from './providers.service';

@Module({
  imports: [AuditModule, DistrictsModule, TypeOrmModule.forFeature([Provider, Facility])],
  controllers: [ProvidersController, FacilitiesController],
  providers: [ProvidersService, FacilitiesService, FacilityEvents],
  exports: [ProvidersService, FacilitiesService, FacilityEvents],
})
export class ProvidersModule {}
