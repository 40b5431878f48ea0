import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, type Page, PageOf, uuidParam } from '@teilhabe/common';
import { AccountView } from './auth.views';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './dto/user.dto';
import { Roles } from './roles.decorator';
import { UsersService } from './users.service';

/** Administrators manage accounts. */
@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: AccountView })
  create(@Body() dto: CreateUserDto, @CurrentActor() actor: Actor): Promise<AccountView> {
    return this.users.create(dto, actor);
  }

  @Get()
  @ApiOkResponse({ type: PageOf(AccountView) })
  list(@Query() query: UserQueryDto): Promise<Page<AccountView>> {
    return this.users.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: AccountView })
  get(@Param('id', uuidParam()) id: string): Promise<AccountView> {
    return this.users.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: AccountView })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateUserDto,
    @CurrentActor() actor: Actor,
  ): Promise<AccountView> {
    return this.users.update(id, dto, actor);
  }
}
