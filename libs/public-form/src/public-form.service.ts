import { Injectable, Logger } from '@nestjs/common';
import { CasesService, type CreateCaseDto } from '@teilhabe/cases';
import { type Actor, RateLimiter, todayInBerlin } from '@teilhabe/common';
import { FacilitiesService } from '@teilhabe/providers';
import { PublicComplaintDto } from './dto/public-complaint.dto';
import { honeypotFilled } from './public-form.exception';
import { COMPLAINTS_FILED } from './public-form.limits';
import { type PublicComplaintReceipt, type PublicFacilityView } from './public-form.views';

/** At most this many facilities answer one search: enough to pick from, too few to list all. */
export const PUBLIC_SEARCH_RESULTS = 10;

/** Who the timeline and the audit log name for a complaint from the public form. */
export const PUBLIC_FORM_ACTOR_NAME = 'Online-Formular';

export interface ComplaintContext {
  /** The client's address (Express's req.ip, TRUST_PROXY applied). */
  ip: string | undefined;
  requestId?: string;
  idempotencyKey?: string;
}

/** The parents' public form: facilities to pick from, and a complaint made a case. */
@Injectable()
export class PublicFormService {
  private readonly logger = new Logger('PublicForm');

  constructor(
    private readonly facilities: FacilitiesService,
    private readonly cases: CasesService,
    private readonly limiter: RateLimiter,
  ) {}

  searchFacilities(q: string): Promise<PublicFacilityView[]> {
    return this.facilities.searchPublic(q, PUBLIC_SEARCH_RESULTS);
  }

  /**
   * Files the complaint as a case received today over the web, through the cases library's own
   * create (one transaction: Aktenzeichen, case, timeline, audit). Answers its Aktenzeichen only.
   */
  async fileComplaint(
    dto: PublicComplaintDto,
    context: ComplaintContext,
  ): Promise<PublicComplaintReceipt> {
    await this.limiter.hit(COMPLAINTS_FILED, context.ip);
    if (dto.website?.trim()) {
      this.logger.warn('public complaint with the honeypot filled in: refused, nothing stored');
      throw honeypotFilled();
    }
    const actor: Actor = { id: null, name: PUBLIC_FORM_ACTOR_NAME, requestId: context.requestId };
    const { guardian, child } = dto;
    const create: CreateCaseDto = {
      facilityId: dto.facilityId,
      receivedAt: todayInBerlin(),
      channel: 'web',
      guardian: { name: guardian.name, email: guardian.email, phone: guardian.phone },
      child: { initials: child.initials, birthYear: child.birthYear, disability: child.disability },
      patterns: dto.patterns ?? [],
      description: dto.description,
    };
    const { case: created } = await this.cases.create(create, actor, {
      idempotencyKey: context.idempotencyKey,
      createdEventData: { contactConsent: true },
    });
    return { reference: created.reference };
  }
}
