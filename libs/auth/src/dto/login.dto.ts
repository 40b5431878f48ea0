import { EmailField, EnumField, TextField } from '@teilhabe/common';

export class LoginDto {
  @EmailField({ example: 'caseworker@demo.local' })
  email!: string;

  @TextField({ max: 256, keepSpaces: true, example: 'ein langes Passwort' })
  password!: string;

  /**
   * `cookie` for the web UI: the answer then holds no token at all, only the session cookie
   * (HttpOnly) is set. Default `token`: access and refresh token in the answer, cookie as well.
   */
  @EnumField(['token', 'cookie'], { optional: true })
  mode?: 'token' | 'cookie';
}

export class RefreshDto {
  @TextField({ max: 200 })
  refreshToken!: string;
}

export class ChangePasswordDto {
  @EmailField({ example: 'caseworker@demo.local' })
  email!: string;

  @TextField({ max: 256, keepSpaces: true, description: 'the current (or one-time) password' })
  password!: string;

  @TextField({
    max: 256,
    keepSpaces: true,
    description: 'at least 12 characters, five different ones, not the e-mail, not the current',
  })
  newPassword!: string;
}
