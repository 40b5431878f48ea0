import { Injectable } from '@nestjs/common';
import { type DeniedAccess, DeniedAccessRecorder } from '@teilhabe/common';
import { AuditService } from './audit.service';

/** Every refusal of a signed-in user is an audit entry `access.denied`: probing is seen. */
@Injectable()
export class AuditDeniedAccessRecorder extends DeniedAccessRecorder {
  constructor(private readonly audit: AuditService) {
    super();
  }

  async record(denied: DeniedAccess): Promise<void> {
    await this.audit.record(denied.actor, {
      action: DENIED_ACTION,
      recordId: denied.recordId,
      details: {
        method: denied.method,
        route: denied.route,
        status: denied.statusCode,
        code: denied.code,
      },
    });
  }
}

export const DENIED_ACTION = 'access.denied';
