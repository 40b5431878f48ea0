import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, type Page, uuidParam } from '@teilhabe/common';
import { type UserView } from './auth.service';
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
  create(@Body() dto: CreateUserDto, @CurrentActor() actor: Actor): Promise<UserView> {
    return this.users.create(dto, actor);
  }

  @Get()
  list(@Query() query: UserQueryDto): Promise<Page<UserView>> {
    return this.users.list(query);
  }

  @Get(':id')
  get(@Param('id', uuidParam()) id: string): Promise<UserView> {
    return this.users.get(id);
  }

  @Patch(':id')
  update(
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateUserDto,
    @CurrentActor() actor: Actor,
  ): Promise<UserView> {
    return this.users.update(id, dto, actor);
  }
}
