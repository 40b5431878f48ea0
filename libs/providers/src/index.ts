// The public API of @teilhabe/providers: what other libraries and the apps use, and nothing more.
export { Facility, FACILITY_KINDS, type FacilityKind } from './entities/facility.entity';
export { Provider, type ProviderType } from './entities/provider.entity';
export {
  FacilitiesService,
  type FacilityFilter,
  type FacilityLabel,
  type PublicFacility,
} from './facilities.service';
export { type FacilitiesChanged, FacilityEvents } from './facility-events';
export { ProvidersModule } from './providers.module';
export { type ProviderRecipient, ProvidersService } from './providers.service';
