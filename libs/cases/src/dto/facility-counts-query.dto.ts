import { UuidField } from '@teilhabe/common';

/** Whose complaints to count: one provider's facilities, or one facility. */
export class FacilityCountsQueryDto {
  @UuidField({ optional: true })
  providerId?: string;

  @UuidField({ optional: true })
  facilityId?: string;
}
