import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuditModule } from '@teilhabe/audit';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { RolesGuard } from './roles.guard';
import { AuthService } from './auth.service';
import { OidcService } from './oidc.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Sign-in, sessions and roles. The application registers AuthGuard, then RolesGuard, globally. */
@Module({
  controllers: [AuthController, UsersController],
  imports: [AuditModule, DiscoveryModule],
  providers: [AuthService, AuthGuard, RolesGuard, UsersService, OidcService],
  exports: [AuthService, AuthGuard, RolesGuard, UsersService],
})
export class AuthModule {}
