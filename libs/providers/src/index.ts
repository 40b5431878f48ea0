export * from './dto/facility.dto';
export * from './dto/provider.dto';
export * from './entities/facility.entity';
export * from './entities/provider.entity';
export * from './facilities.service';
export * from './providers.exception';
export * from './providers.module';
export * from './providers.service';
