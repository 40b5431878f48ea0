import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'teilhabe:public';

/** A route anyone may call without signing in (sign-in itself, /health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
