import { IntField, TextField } from '../validation';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export class PageQueryDto {
  @TextField({ optional: true, max: 500, description: 'nextCursor of the previous page' })
  cursor?: string;

  @IntField({ optional: true, query: true, min: 1, max: MAX_PAGE_SIZE, example: DEFAULT_PAGE_SIZE })
  limit?: number;
}
