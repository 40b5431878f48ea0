export * from './district-code';
export * from './districts.exception';
export * from './districts.module';
export * from './districts.reference';
export * from './districts.service';
export * from './entities/district.entity';
