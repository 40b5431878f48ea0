// The public API of @teilhabe/districts: what other libraries and the apps use, and nothing more.
export { DistrictsModule } from './districts.module';
export { syncDistricts } from './districts.reference';
export { DistrictsService } from './districts.service';
export { District } from './entities/district.entity';
