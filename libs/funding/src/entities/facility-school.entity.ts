import { Facility } from '@teilhabe/providers';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { School } from './school.entity';

/** An OGS and the school it belongs to (the OGS's record is the providers' library's). */
@Entity('funding_facility_schools')
export class FacilitySchool {
  @PrimaryColumn({ type: 'uuid', name: 'facility_id' })
  facilityId!: string;

  @ManyToOne(() => Facility, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'facility_id' })
  facility!: Facility;

  @Index()
  @Column({ type: 'uuid', name: 'school_id' })
  schoolId!: string;

  @ManyToOne(() => School, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  school!: School;
}
