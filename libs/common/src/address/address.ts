import { Column } from 'typeorm';
import { TextField } from '../validation';

/** A postal address as DIN 5008 letters need it. Embedded in entities. */
export class Address {
  @Column({ type: 'text' })
  street!: string;

  @Column({ type: 'text', name: 'postal_code' })
  postalCode!: string;

  @Column({ type: 'text' })
  city!: string;
}

export class AddressDto {
  @TextField({ max: 200, example: 'Kennedy-Ufer 2' })
  street!: string;

  @TextField({
    max: 5,
    example: '50679',
    pattern: { regex: /^\d{5}$/, what: 'eine fünfstellige Postleitzahl' },
  })
  postalCode!: string;

  @TextField({ max: 100, example: 'Köln' })
  city!: string;
}
