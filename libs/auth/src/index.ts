// The public API of @teilhabe/auth: what other libraries and the apps use, and nothing more.
export { AuthGuard, requireRoles } from './auth.guard';
export { AuthModule } from './auth.module';
export { districtScope } from './district-scope';
export { LoginThrottle } from './entities/login-throttle.entity';
export { Session } from './entities/session.entity';
export { UsedRefreshToken } from './entities/used-refresh-token.entity';
export { User, USER_ROLES, type UserRole } from './entities/user.entity';
export { hashPassword } from './password';
export { Public } from './public.decorator';
export { ALL_ROLES, CASE_ROLES, FUNDING_ROLES, Roles } from './roles.decorator';
export { RolesGuard } from './roles.guard';
export { type StaffMember, UsersService } from './users.service';
