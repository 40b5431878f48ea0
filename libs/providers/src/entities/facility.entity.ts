import { District } from '@teilhabe/districts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Provider } from './provider.entity';

export const FACILITY_KINDS = ['kita', 'ogs', 'ogs_foerderschule'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

/** An Einrichtung: a Kita, an OGS or an OGS at a Förderschule, in one district. */
@Entity('facilities')
@Unique('uq_facilities_provider_district_name', ['providerId', 'districtId', 'name'])
export class Facility {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: FACILITY_KINDS, enumName: 'facility_kind' })
  kind!: FacilityKind;

  /** Where the facility is, so that parents find it by their town (optional). */
  @Column({ type: 'text', name: 'postal_code', nullable: true })
  postalCode!: string | null;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ type: 'uuid', name: 'provider_id' })
  providerId!: string;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider!: Provider;

  @Index()
  @Column({ type: 'uuid', name: 'district_id' })
  districtId!: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id' })
  district!: District;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
