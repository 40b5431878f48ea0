import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@teilhabe/audit';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { RolesGuard } from './roles.guard';
import { AuthService } from './auth.service';
import { OidcService } from './oidc.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';
import { LoginThrottle } from './entities/login-throttle.entity';
import { Session } from './entities/session.entity';
import { UsedRefreshToken } from './entities/used-refresh-token.entity';
import { User } from './entities/user.entity';

/** Sign-in, sessions and roles. The application registers AuthGuard, then RolesGuard, globally. */
@Module({
  controllers: [AuthController, UsersController],
  imports: [
    AuditModule,
    DiscoveryModule,
    TypeOrmModule.forFeature([User, Session, LoginThrottle, UsedRefreshToken]),
  ],
  providers: [AuthService, AuthGuard, RolesGuard, UsersService, OidcService],
  exports: [AuthService, AuthGuard, RolesGuard, UsersService],
})
export class AuthModule {}
