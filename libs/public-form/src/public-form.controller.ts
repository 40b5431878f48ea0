import { Body, Controller, Get, Header, Headers, HttpCode, Post, Query, Req } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Public } from '@teilhabe/auth';
import {
  ErrorResponse,
  IDEMPOTENCY_HEADER,
  parseIdempotencyKey,
  RateLimited,
} from '@teilhabe/common';
import { type Request } from 'express';
import { PublicComplaintDto } from './dto/public-complaint.dto';
import { PublicFacilityQueryDto } from './dto/public-facility-query.dto';
import { COMPLAINT_REQUESTS, FACILITY_SEARCHES } from './public-form.limits';
import { PublicFormService } from './public-form.service';
import { PublicComplaintReceipt, PublicFacilityView } from './public-form.views';

const TOO_MANY = {
  type: ErrorResponse,
  description: 'Too many requests from this address; Retry-After says when to try again',
};

/** The parents' complaint form: no account, limited per client address. */
@ApiTags('public')
@Public()
@Controller('public')
export class PublicFormController {
  constructor(private readonly form: PublicFormService) {}

  @Get('facilities')
  @RateLimited(FACILITY_SEARCHES)
  @ApiOperation({
    summary: 'Facilities by name, town, postal code or district, for the form (at most 10)',
    security: [],
  })
  @ApiOkResponse({ type: [PublicFacilityView] })
  @ApiTooManyRequestsResponse(TOO_MANY)
  searchFacilities(@Query() query: PublicFacilityQueryDto): Promise<PublicFacilityView[]> {
    return this.form.searchFacilities(query.q);
  }

  @Post('complaints')
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  @RateLimited(COMPLAINT_REQUESTS)
  @ApiOperation({
    summary: 'A parent’s complaint: creates a case, answers its Aktenzeichen',
    security: [],
  })
  @ApiCreatedResponse({ type: PublicComplaintReceipt })
  @ApiTooManyRequestsResponse(TOO_MANY)
  @ApiHeader({
    name: IDEMPOTENCY_HEADER,
    required: false,
    description: 'A retried request with the same key and body creates no second case.',
  })
  fileComplaint(
    @Body() dto: PublicComplaintDto,
    @Req() req: Request & { id?: string },
    @Headers('idempotency-key') rawKey: string | undefined,
  ): Promise<PublicComplaintReceipt> {
    return this.form.fileComplaint(dto, {
      ip: req.ip,
      requestId: req.id,
      idempotencyKey: parseIdempotencyKey(rawKey),
    });
  }
}
