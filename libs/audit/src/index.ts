// The public API of @teilhabe/audit: what other libraries and the apps use, and nothing more.
export { AuditModule } from './audit.module';
export { AuditService, AuditView } from './audit.service';
export { AuditQueryDto } from './dto/audit-query.dto';
export { AuditEntry } from './entities/audit-entry.entity';
export { fieldPaths } from './field-paths';
