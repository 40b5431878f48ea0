import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { USER_ROLES, type User, type UserRole } from './entities/user.entity';

// What the API answers about users and sessions (classes, for the OpenAPI document).

/** Who is signed in: what the web app shows in its header. */
export class UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: USER_ROLES, enumName: 'UserRole' }) role!: UserRole;
  @ApiProperty({ type: [String], format: 'uuid' }) districtIds!: string[];
}

/** An account as administrators manage it. */
export class AccountView extends UserView {
  @ApiProperty({ description: 'Disabled by an administrator: no sign-in, no session' })
  disabled!: boolean;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Locked after failed sign-ins until then',
  })
  lockedUntil!: string | null;
  @ApiProperty({ description: 'The password was set by an administrator and must be changed' })
  passwordMustChange!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastLoginAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** Sign-in: tokens for API clients, or (mode cookie) only the CSRF token for the web app. */
export class LoginResponse {
  @ApiProperty({ type: () => UserView }) user!: UserView;
  @ApiPropertyOptional({ description: 'Bearer token (mode token)' }) accessToken?: string;
  @ApiPropertyOptional({ description: 'For POST /auth/refresh (mode token)' })
  refreshToken?: string;
  @ApiPropertyOptional({ description: 'Seconds the access token is valid (mode token)' })
  expiresIn?: number;
  @ApiPropertyOptional({ enum: ['Bearer'] }) tokenType?: 'Bearer';
  @ApiPropertyOptional({ description: 'Send as X-CSRF-Token on changes (mode cookie)' })
  csrfToken?: string;
}

export class RefreshResponse {
  @ApiProperty() accessToken!: string;
  @ApiProperty() refreshToken!: string;
  @ApiProperty({ description: 'Seconds the access token is valid' }) expiresIn!: number;
}

export function toUserView(user: User): UserView {
  return { id: user.id, email: user.email, role: user.role, districtIds: user.districtIds };
}

export function toAccountView(user: User): AccountView {
  return {
    ...toUserView(user),
    disabled: user.disabledAt !== null,
    lockedUntil:
      user.lockedUntil && user.lockedUntil > new Date() ? user.lockedUntil.toISOString() : null,
    passwordMustChange: user.passwordMustChange,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
