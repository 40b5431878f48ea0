import { districtScope } from '@teilhabe/auth';
import { type Actor, InvalidInputException, unknownReference } from '@teilhabe/common';
import { type DistrictsService } from '@teilhabe/districts';

/** A district named in a funding record must exist and be one of the actor's (400 otherwise). */
export async function checkDistrict(
  districts: DistrictsService,
  districtId: string,
  actor: Actor,
): Promise<void> {
  if (!(await districts.exists(districtId))) throw unknownReference('districtId', 'Einen Bezirk');
  const scope = districtScope(actor);
  if (scope && !scope.includes(districtId)) {
    throw new InvalidInputException([
      { field: 'districtId', code: 'not_your_district', message: 'ist keiner Ihrer Bezirke.' },
    ]);
  }
}
