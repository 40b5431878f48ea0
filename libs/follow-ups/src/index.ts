// The public API of @teilhabe/follow-ups: what other libraries and the apps use, and nothing more.
export { Escalation } from './entities/escalation.entity';
export { FollowUp } from './entities/follow-up.entity';
export { FollowUpsModule } from './follow-ups.module';
export { FollowUpsService } from './follow-ups.service';
