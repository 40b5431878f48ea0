import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PoolModel } from './pool-model.entity';
import { School } from './school.entity';

/** A school takes part in a pool model in a school year. */
@Entity('funding_pool_model_schools')
@Index('ix_funding_pool_model_schools_school', ['schoolId', 'schoolYear'])
export class PoolModelSchool {
  @PrimaryColumn({ type: 'uuid', name: 'pool_model_id' })
  poolModelId!: string;

  @ManyToOne(() => PoolModel, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pool_model_id' })
  poolModel!: PoolModel;

  @PrimaryColumn({ type: 'uuid', name: 'school_id' })
  schoolId!: string;

  @ManyToOne(() => School, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  school!: School;

  @PrimaryColumn({ type: 'text', name: 'school_year' })
  schoolYear!: string;
}
