import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const DISTRICT_KINDS = ['kreis', 'kreisfreie_stadt', 'staedteregion'] as const;
export type DistrictKind = (typeof DISTRICT_KINDS)[number];

export const LANDESJUGENDAEMTER = ['LVR', 'LWL'] as const;
export type Landesjugendamt = (typeof LANDESJUGENDAEMTER)[number];

/** A Jugendamtsbezirk: Kreis, kreisfreie Stadt or StädteRegion. Reference data. */
@Entity('districts')
export class District {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable key derived from the name, used to keep the reference data in step. */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  @Column({ type: 'enum', enum: DISTRICT_KINDS, enumName: 'district_kind' })
  kind!: DistrictKind;

  @Column({ type: 'enum', enum: LANDESJUGENDAEMTER, enumName: 'landesjugendamt' })
  landesjugendamt!: Landesjugendamt;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
