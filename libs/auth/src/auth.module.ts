import { Module } from '@nestjs/common';
import { AuditModule } from '@teilhabe/audit';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { UsersService } from './users.service';

/** Sign-in and sessions. The application registers AuthGuard globally, before other guards. */
@Module({
  imports: [AuditModule],
  controllers: [AuthController],
  providers: [AuthService, AuthGuard, UsersService],
  exports: [AuthService, AuthGuard, UsersService],
})
export class AuthModule {}
