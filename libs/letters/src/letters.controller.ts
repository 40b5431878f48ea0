import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Patch,
  Post,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CASE_ROLES, Roles } from '@teilhabe/auth';
import { type Actor, CurrentActor, uuidParam } from '@teilhabe/common';
import { type Response } from 'express';
import { CreateLetterDto, UpdateLetterDto } from './dto/letter.dto';
import { LettersService } from './letters.service';
import { LetterView } from './letters.views';

@ApiTags('letters')
@Roles(...CASE_ROLES)
@Controller('cases/:id/letters')
export class CaseLettersController {
  constructor(private readonly letters: LettersService) {}

  /** A draft of a letter: to the provider, or (acknowledgement) to the guardians. */
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: LetterView, description: 'The draft, with its consent check' })
  async create(
    @Param('id', uuidParam()) caseId: string,
    @Body() dto: CreateLetterDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LetterView> {
    const letter = await this.letters.create(caseId, dto, actor);
    res.setHeader('Location', `/api/v1/letters/${letter.id}`);
    return letter;
  }

  @Get()
  @ApiOkResponse({ type: [LetterView], description: 'The case’s letters, oldest first' })
  list(
    @Param('id', uuidParam()) caseId: string,
    @CurrentActor() actor: Actor,
  ): Promise<LetterView[]> {
    return this.letters.list(caseId, actor);
  }
}

@ApiTags('letters')
@Roles(...CASE_ROLES)
@Controller('letters')
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  @Get(':id')
  @ApiOkResponse({ type: LetterView })
  read(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<LetterView> {
    return this.letters.read(id, actor);
  }

  /** Changes a draft: delivery, and whether it shows the entrusted facts. */
  @Patch(':id')
  @ApiOkResponse({ type: LetterView })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateLetterDto,
    @CurrentActor() actor: Actor,
  ): Promise<LetterView> {
    return this.letters.update(id, dto, actor);
  }

  @Get(':id/pdf')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'The PDF: a preview of a draft (marked as such), or the letter as it was sent',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The letter (DIN 5008)',
    schema: { type: 'string', format: 'binary' },
  })
  async pdf(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { body, fileName } = await this.letters.pdf(id, actor);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader(
      'Content-Disposition',
      `inline; filename="schreiben.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    );
    return new StreamableFile(body);
  }

  /**
   * Sends a draft: by e-mail (queued; the worker mails it once) or by post (marked sent now,
   * to be printed). 409 consent_missing while it shows entrusted facts without consent.
   */
  @Post(':id/send')
  @HttpCode(200)
  @ApiOkResponse({ type: LetterView })
  send(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<LetterView> {
    return this.letters.send(id, actor);
  }

  /** Throws a draft away (kept for the record). */
  @Post(':id/discard')
  @HttpCode(200)
  @ApiOkResponse({ type: LetterView })
  discard(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<LetterView> {
    return this.letters.discard(id, actor);
  }
}
