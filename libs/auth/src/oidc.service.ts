import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { DomainException } from '@teilhabe/common';
import { OidcConfig } from '@teilhabe/config';
import { FieldCipher } from '@teilhabe/crypto';
import * as client from 'openid-client';
import { DataSource } from 'typeorm';
import { AuthService, type IssuedSession, type SignInContext } from './auth.service';
import { User } from './entities/user.entity';

/** How long a sign-in at the identity provider may take. */
const FLOW_SECONDS = 10 * 60;

interface Flow {
  verifier: string;
  state: string;
  nonce: string;
  startedAt: number;
}

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);

const ssoFailed = (message: string) => new DomainException('unauthorized', 'sso_failed', message);

/**
 * Single sign-on over OpenID Connect (authorization code with PKCE). Accounts are not created
 * by signing in: an administrator creates them with role and districts; the provider's verified
 * e-mail address picks the account.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('OIDC');
  private configuration?: Promise<client.Configuration>;

  constructor(
    private readonly config: OidcConfig,
    private readonly cipher: FieldCipher,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get enabled(): boolean {
    return this.config.enabled;
  }

  /** The provider's sign-in address, and the sealed state of this flow for a cookie. */
  async start(): Promise<{ url: string; flow: string }> {
    const configuration = await this.discover();
    const flow: Flow = {
      verifier: client.randomPKCECodeVerifier(),
      state: client.randomState(),
      nonce: client.randomNonce(),
      startedAt: Date.now(),
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.OIDC_REDIRECT_URL!,
      scope: 'openid email',
      code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { url: url.href, flow: this.cipher.encrypt(JSON.stringify(flow), 'oidc.flow') };
  }

  /** Completes the flow with the provider's answer and signs the user in. */
  async finish(
    query: string,
    sealedFlow: string | undefined,
    context: SignInContext,
  ): Promise<IssuedSession> {
    const flow = this.unseal(sealedFlow);
    const configuration = await this.discover();
    const callback = new URL(this.config.OIDC_REDIRECT_URL!);
    callback.search = query;
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
      });
      const idToken = tokens.claims();
      claims = idToken;
      // Providers that follow the spec strictly put scope claims only into the userinfo answer.
      if (idToken && typeof idToken.email !== 'string') {
        claims = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
      }
    } catch (error) {
      this.logger.warn(`sign-in at the identity provider failed: ${(error as Error).message}`);
      throw ssoFailed('Die Anmeldung beim Identitätsanbieter ist fehlgeschlagen.');
    }
    const email = typeof claims?.email === 'string' ? claims.email.toLowerCase() : undefined;
    // Only an address the provider vouches for picks an account.
    if (!email || claims?.email_verified !== true) {
      throw ssoFailed('Der Identitätsanbieter hat keine bestätigte E-Mail-Adresse genannt.');
    }
    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    if (!user || user.disabledAt) {
      await this.audit.record(
        { id: user?.id ?? null, name: email, requestId: context.requestId },
        {
          action: 'auth.login_failed',
          details: { ip: context.ip, reason: 'sso_no_account', method: 'oidc' },
        },
      );
      throw new DomainException(
        'forbidden',
        'sso_no_account',
        'Für diese Anmeldung gibt es kein Konto in Teilhabe.',
      );
    }
    return this.auth.loginTrusted(user, context, 'oidc');
  }

  private unseal(sealed: string | undefined): Flow {
    try {
      const flow = JSON.parse(this.cipher.decrypt(sealed ?? '', 'oidc.flow')) as Flow;
      if (Date.now() - flow.startedAt > FLOW_SECONDS * 1000) throw new Error('expired');
      return flow;
    } catch {
      throw ssoFailed(
        'Die Anmeldung ist abgelaufen oder wurde nicht hier begonnen. Bitte erneut anmelden.',
      );
    }
  }

  private discover(): Promise<client.Configuration> {
    const issuer = new URL(this.config.OIDC_ISSUER_URL!);
    // Plain HTTP only for a provider on this machine (development and tests).
    const insecure = issuer.protocol === 'http:' && LOCAL.has(issuer.hostname);
    this.configuration ??= client
      .discovery(
        issuer,
        this.config.OIDC_CLIENT_ID!,
        this.config.OIDC_CLIENT_SECRET,
        undefined,
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        this.logger.error(`identity provider not reachable: ${(error as Error).message}`);
        throw new DomainException(
          'unauthorized',
          'sso_unavailable',
          'Die zentrale Anmeldung ist zurzeit nicht erreichbar.',
        );
      });
    return this.configuration;
  }
}
