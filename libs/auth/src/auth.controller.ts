import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type CookieOptions, type Request, type Response } from 'express';
import { type AuthenticatedRequest, CSRF_COOKIE, SESSION_COOKIE } from './auth.guard';
import { AuthService, type IssuedSession, type Principal } from './auth.service';
import { LoginResponse, RefreshResponse, UserView } from './auth.views';
import { OidcService } from './oidc.service';
import { AppConfig } from '@teilhabe/config';
import { DomainException } from '@teilhabe/common';
import { ChangePasswordDto, LoginDto, RefreshDto } from './dto/login.dto';
import { Public } from './public.decorator';
import { ALL_ROLES, Roles } from './roles.decorator';

const LOCAL = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

const OIDC_FLOW_COOKIE = 'teilhabe_oidc';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly oidc: OidcService,
    private readonly app: AppConfig,
  ) {}

  private cookieOptions(req: Request, httpOnly: boolean, maxAgeMs?: number): CookieOptions {
    return {
      httpOnly,
      sameSite: 'strict',
      // Secure everywhere but on the developer's own machine, where there is no TLS; in
      // production always, whatever Host header a proxy passes on.
      secure: this.app.isProduction || !LOCAL.has(req.hostname),
      path: '/',
      ...(maxAgeMs === undefined ? {} : { maxAge: maxAgeMs }),
    };
  }

  private setSessionCookies(req: Request, res: Response, issued: IssuedSession): void {
    const maxAge = issued.sessionExpiresAt.getTime() - Date.now();
    res.cookie(SESSION_COOKIE, issued.cookieToken, this.cookieOptions(req, true, maxAge));
    res.cookie(CSRF_COOKIE, issued.csrfToken, this.cookieOptions(req, false, maxAge));
  }

  /** Single sign-on: sends the browser to the identity provider. */
  @Public()
  @Get('oidc/login')
  @ApiResponse({ status: 302, description: 'To the identity provider' })
  async oidcLogin(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) throw ssoNotConfigured();
    const { url, flow } = await this.oidc.start();
    // Lax, not Strict: the cookie must come along when the provider sends the browser back.
    res.cookie(OIDC_FLOW_COOKIE, flow, {
      ...this.cookieOptions(req, true, 10 * 60 * 1000),
      sameSite: 'lax',
      path: '/api/v1/auth/oidc',
    });
    res.redirect(302, url);
  }

  /** Single sign-on: the identity provider sends the browser back here. */
  @Public()
  @Get('oidc/callback')
  @ApiResponse({ status: 303, description: 'Signed in (session cookie set): to the web app' })
  async oidcCallback(
    @Req() req: Request & { id?: string; cookies?: Record<string, string> },
    @Res() res: Response,
  ): Promise<void> {
    if (!this.oidc.enabled) throw ssoNotConfigured();
    const query = req.originalUrl.includes('?')
      ? req.originalUrl.slice(req.originalUrl.indexOf('?'))
      : '';
    const flow: unknown = req.cookies?.[OIDC_FLOW_COOKIE];
    const issued = await this.oidc.finish(query, typeof flow === 'string' ? flow : undefined, {
      ip: req.ip ?? 'unknown',
      requestId: req.id,
    });
    res.clearCookie(OIDC_FLOW_COOKIE, { path: '/api/v1/auth/oidc' });
    this.setSessionCookies(req, res, issued);
    res.redirect(303, '/');
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  async login(
    @Body() dto: LoginDto,
    @Req() req: Request & { id?: string },
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    const issued = await this.auth.login(dto.email, dto.password, {
      ip: req.ip ?? 'unknown',
      requestId: req.id,
    });
    this.setSessionCookies(req, res, issued);
    if (dto.mode === 'cookie') return { user: issued.user, csrfToken: issued.csrfToken };
    return {
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken,
      expiresIn: issued.expiresIn,
      tokenType: 'Bearer',
      user: issued.user,
    };
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: RefreshResponse })
  refresh(
    @Body() dto: RefreshDto,
    @Req() req: Request & { id?: string },
  ): Promise<RefreshResponse> {
    return this.auth.refresh(dto.refreshToken, { ip: req.ip ?? 'unknown', requestId: req.id });
  }

  /**
   * Sets a password of the user's own, proving the current one: after an administrator set a
   * one-time password (sign-in answers 403 `password_change_required`), or at any time. Every
   * session of the account ends; sign in again with the new password.
   */
  @Public()
  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Changed; every session of the account has ended' })
  async changePassword(@Body() dto: ChangePasswordDto, @Req() req: Request & { id?: string }) {
    await this.auth.changePassword(dto.email, dto.password, dto.newPassword, {
      ip: req.ip ?? 'unknown',
      requestId: req.id,
    });
  }

  @Roles(...ALL_ROLES)
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out' })
  async logout(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response) {
    await this.auth.logout(req.user!);
    res.clearCookie(SESSION_COOKIE, this.cookieOptions(req, true));
    res.clearCookie(CSRF_COOKIE, this.cookieOptions(req, false));
  }

  @Roles(...ALL_ROLES)
  @Get('me')
  @ApiOkResponse({ type: UserView })
  me(@Req() req: AuthenticatedRequest): UserView {
    const user = req.user as Principal;
    return { id: user.id, email: user.email, role: user.role, districtIds: user.districtIds };
  }
}

const ssoNotConfigured = () =>
  new DomainException(
    'not_found',
    'sso_not_configured',
    'Die zentrale Anmeldung ist nicht eingerichtet.',
  );
