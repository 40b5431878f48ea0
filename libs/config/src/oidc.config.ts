import { IsOptional, IsString, Matches, MinLength } from 'class-validator';
import { Secret } from './secret.decorator';

/** Optional single sign-on over OpenID Connect (e.g. the office's Keycloak). */
export class OidcConfig {
  /** Issuer URL; unset: no single sign-on. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'must be the issuer URL of an OpenID provider' })
  OIDC_ISSUER_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'must be the client id registered at the provider' })
  OIDC_CLIENT_ID?: string;

  @Secret()
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'must be the client secret registered at the provider' })
  OIDC_CLIENT_SECRET?: string;

  /** Where the provider sends the browser back: <API base>/api/v1/auth/oidc/callback. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+\/api\/v1\/auth\/oidc\/callback$/, {
    message: 'must be the URL of /api/v1/auth/oidc/callback on this API',
  })
  OIDC_REDIRECT_URL?: string;

  get enabled(): boolean {
    return this.OIDC_ISSUER_URL !== undefined;
  }
}
