import { DateField, PageQueryDto, TextField, UuidField } from '@teilhabe/common';

export class AuditQueryDto extends PageQueryDto {
  @TextField({
    optional: true,
    max: 100,
    description:
      'e.g. case.read, auth.login_failed, access.denied (refused: 403 for the role, 404 outside the districts)',
  })
  action?: string;

  @UuidField({ optional: true })
  actorId?: string;

  @TextField({ optional: true, max: 50, description: 'case, provider, facility, user' })
  recordType?: string;

  @TextField({ optional: true, max: 100 })
  recordId?: string;

  @DateField({ optional: true, description: 'on or after this day (Europe/Berlin)' })
  from?: string;

  @DateField({ optional: true, description: 'on or before this day (Europe/Berlin)' })
  to?: string;
}
