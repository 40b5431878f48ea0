import { type Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One field the request got wrong (the `errors` of a 400). */
export class FieldErrorResponse {
  @ApiProperty({ description: 'Dotted path of the field in the request, e.g. child.birthYear' })
  field!: string;

  @ApiProperty({ description: 'Machine-readable reason, e.g. required, max, unknown_field' })
  code!: string;

  @ApiProperty({ description: 'German text for the person who filled in the field' })
  message!: string;
}

/** The one shape of every error answer (see ErrorBody); some errors add details of their own. */
export class ErrorResponse {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'validation_failed' })
  code!: string;

  @ApiProperty({ description: 'German, for the person who reads it' })
  message!: string;

  @ApiPropertyOptional({ type: () => [FieldErrorResponse] })
  errors?: FieldErrorResponse[];

  @ApiPropertyOptional({ description: 'Also sent as X-Request-Id; quote it when reporting' })
  requestId?: string;
}

const pages = new Map<Type, Type>();

/**
 * The page of a list of `item`s as a class the OpenAPI document can name (`<Item>Page`); one
 * class per item type, however often it is asked for.
 */
export function PageOf<T>(item: Type<T>): Type<{ items: T[]; nextCursor: string | null }> {
  const known = pages.get(item);
  if (known) return known as Type<{ items: T[]; nextCursor: string | null }>;
  class ItemPage {
    @ApiProperty({ type: () => [item] })
    items!: T[];

    @ApiProperty({
      type: String,
      nullable: true,
      description: 'Pass as cursor for the next page; null on the last page',
    })
    nextCursor!: string | null;
  }
  Object.defineProperty(ItemPage, 'name', { value: `${item.name}Page` });
  pages.set(item, ItemPage);
  return ItemPage;
}
