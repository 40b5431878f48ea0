import { User } from '@teilhabe/auth';
import { encrypted, encryptedJson } from '@teilhabe/crypto';
import { Facility } from '@teilhabe/providers';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type ValueTransformer,
} from 'typeorm';
import { CASE_STATUSES, type CaseStatus } from '../case-status';
import { EXCLUSION_PATTERNS, type ExclusionPattern } from '@teilhabe/rules';
import {
  ASSISTANCE_KINDS,
  type AssistanceKind,
  CASE_CHANNELS,
  type CaseChannel,
} from '../exclusion-pattern';

/** PostgreSQL returns numeric as text to keep precision; hours need no more than a double. */
const numericHours: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

export interface GuardianAddress {
  street: string;
  postalCode: string;
  city: string;
}

/** The parents who complain. Personal data, encrypted at rest. */
export class Guardian {
  /** Null once the retention period has passed (pseudonymised). */
  @Column({ type: 'text', nullable: true, transformer: encrypted('cases.guardian_name') })
  name!: string | null;

  @Column({ type: 'text', nullable: true, transformer: encrypted('cases.guardian_email') })
  email!: string | null;

  /** Keyed hash of the normalised e-mail address: search without decrypting. */
  @Index()
  @Column({ type: 'text', nullable: true })
  emailHash!: string | null;

  @Column({ type: 'text', nullable: true, transformer: encrypted('cases.guardian_phone') })
  phone!: string | null;

  @Column({ type: 'text', nullable: true, transformer: encryptedJson('cases.guardian_address') })
  address!: GuardianAddress | null;
}

/** The child, pseudonymised: initials and birth year only. */
export class Child {
  @Column({ type: 'text', nullable: true, transformer: encrypted('cases.child_initials') })
  initials!: string | null;

  @Column({ type: 'smallint', name: 'birth_year' })
  birthYear!: number;

  /** Kind of (threatened) disability: health data (Art. 9 GDPR), encrypted at rest. */
  @Column({ type: 'text', nullable: true, transformer: encrypted('cases.child_disability') })
  disability!: string | null;

  @Column({
    type: 'enum',
    enum: ASSISTANCE_KINDS,
    enumName: 'assistance_kind',
    name: 'assistance_kind',
    nullable: true,
  })
  assistanceKind!: AssistanceKind | null;

  @Column({
    type: 'numeric',
    precision: 4,
    scale: 1,
    name: 'assistance_hours_per_week',
    nullable: true,
    transformer: numericHours,
  })
  assistanceHoursPerWeek!: number | null;
}

/** One complaint about one child at one facility. */
@Entity('cases')
@Check(
  'ck_cases_patterns',
  `patterns <@ ARRAY[${EXCLUSION_PATTERNS.map((p) => `'${p}'`).join(', ')}]::text[]`,
)
@Unique('uq_cases_reference_year_number', ['referenceYear', 'referenceNumber'])
export class Case {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  reference!: string;

  @Column({ type: 'smallint', name: 'reference_year' })
  referenceYear!: number;

  @Column({ type: 'integer', name: 'reference_number' })
  referenceNumber!: number;

  @Index()
  @Column({ type: 'uuid', name: 'facility_id' })
  facilityId!: string;

  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facility_id' })
  facility!: Facility;

  /** The day the complaint reached the office (Eingangsdatum). */
  @Index()
  @Column({ type: 'date', name: 'received_at' })
  receivedAt!: string;

  @Column({ type: 'enum', enum: CASE_CHANNELS, enumName: 'case_channel' })
  channel!: CaseChannel;

  @Index()
  @Column({ type: 'enum', enum: CASE_STATUSES, enumName: 'case_status', default: 'received' })
  status!: CaseStatus;

  @Column(() => Guardian, { prefix: 'guardian' })
  guardian!: Guardian;

  @Column(() => Child, { prefix: 'child' })
  child!: Child;

  /*
   * text[] with a CHECK rather than an array of an enum type: both PostgreSQL drivers (pg and
   * PGlite) read and write text arrays natively, while arrays of a custom enum type need
   * driver-specific conversion.
   */
  @Column({ type: 'text', array: true, default: '{}' })
  patterns!: ExclusionPattern[];

  /** What the parents report: health and social data (Art. 9 GDPR, § 67 SGB X), encrypted. */
  @Column({ type: 'text', transformer: encrypted('cases.description') })
  description!: string;

  /** Facts the case-facts rules judge (see assessCaseFacts in libs/rules). */
  @Column({ type: 'boolean', name: 'contract_terminated', default: false })
  contractTerminated!: boolean;

  @Column({ type: 'boolean', name: 'office_notified_beforehand', nullable: true })
  officeNotifiedBeforehand!: boolean | null;

  @Column({ type: 'boolean', name: 'consent_to_involve_others', default: false })
  consentToInvolveOthers!: boolean;

  /** The caseworker or team lead who works the case ("Meine Fälle"); null: nobody yet. */
  @Index()
  @Column({ type: 'uuid', name: 'assignee_id', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: User;

  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  /** Escalated to the district's team lead (a deadline passed unanswered after a reminder). */
  @Column({ type: 'timestamptz', name: 'escalated_at', nullable: true })
  escalatedAt!: Date | null;

  /** When the retention job erased the personal data; the case still counts in reports. */
  @Column({ type: 'timestamptz', nullable: true })
  pseudonymisedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
