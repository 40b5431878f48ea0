export * from './audit.module';
export * from './audit.service';
export * from './entities/audit-entry.entity';
export * from './field-paths';
export * from './dto/audit-query.dto';
export * from './denied-access.recorder';
