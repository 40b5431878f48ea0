import { Address } from '@teilhabe/common';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const PROVIDER_TYPES = ['free', 'municipal', 'church'] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

/** A Träger: runs facilities and receives the office's letters. */
@Entity('providers')
export class Provider {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: PROVIDER_TYPES, enumName: 'provider_type' })
  type!: ProviderType;

  @Column({ type: 'text' })
  email!: string;

  @Column(() => Address, { prefix: 'address' })
  address!: Address;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
