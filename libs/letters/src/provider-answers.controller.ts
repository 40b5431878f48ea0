import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { Public } from '@teilhabe/auth';
import { AcceptsContentTypes, ErrorResponse, RateLimited } from '@teilhabe/common';
import {
  ContractUploadInterceptor,
  MAX_UPLOAD_BYTES,
  type UploadedFile as File,
} from '@teilhabe/contracts';
import { type Request } from 'express';
import { ProviderAnswerDto } from './dto/provider-answer.dto';
import { ProviderAnswerReceipt, ProviderRequestView } from './letters.views';
import { ANSWER_PAGE_READS, ANSWER_SUBMISSIONS } from './provider-answers.limits';
import { ProviderAnswersService } from './provider-answers.service';

const TOO_MANY = {
  type: ErrorResponse,
  description: 'Too many requests from this address; Retry-After says when to try again',
};

/**
 * The provider's answer link (`/antwort/<token>` in the web app): no account, limited per
 * client address. An unknown link answers 404, an expired, used or closed one 410, each with
 * a German sentence and nothing more.
 */
@ApiTags('public')
@Public()
@Controller('public/answers')
@ApiExtraModels(ProviderAnswerDto)
export class ProviderAnswersController {
  constructor(private readonly answers: ProviderAnswersService) {}

  @Get(':token')
  @Header('Cache-Control', 'no-store')
  @RateLimited(ANSWER_PAGE_READS)
  @ApiOperation({ summary: 'What the letter behind the link asks of the provider', security: [] })
  @ApiOkResponse({ type: ProviderRequestView })
  @ApiTooManyRequestsResponse(TOO_MANY)
  read(
    @Param('token') token: string,
    @Req() req: Request & { id?: string },
  ): Promise<ProviderRequestView> {
    return this.answers.request(token, { requestId: req.id });
  }

  @Post(':token')
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  @RateLimited(ANSWER_SUBMISSIONS)
  @AcceptsContentTypes('multipart/form-data')
  @UseInterceptors(ContractUploadInterceptor)
  @ApiOperation({
    summary: 'The provider’s answer: a text and/or the revised contract (once per letter)',
    security: [],
  })
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({
    description: `A text (JSON), or as multipart/form-data a text and/or the revised contract as a PDF, DOCX or TXT file of at most ${
      MAX_UPLOAD_BYTES / 1024 / 1024
    } MB in the field "file"; it is checked by the rules at once.`,
    schema: {
      oneOf: [
        { $ref: getSchemaPath(ProviderAnswerDto) },
        {
          type: 'object',
          properties: {
            text: { type: 'string', maxLength: 20_000 },
            file: { type: 'string', format: 'binary' },
          },
        },
      ],
    },
  })
  @ApiCreatedResponse({ type: ProviderAnswerReceipt })
  @ApiTooManyRequestsResponse(TOO_MANY)
  answer(
    @Param('token') token: string,
    @Body() dto: ProviderAnswerDto,
    @UploadedFile() file: File | undefined,
    @Req() req: Request & { id?: string },
  ): Promise<ProviderAnswerReceipt> {
    return this.answers.answer(token, dto, file, { requestId: req.id });
  }
}
