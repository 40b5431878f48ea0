import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule, UsersService } from '@teilhabe/auth';
import { DistrictsController } from './districts.controller';
import { DistrictsService } from './districts.service';
import { District } from './entities/district.entity';

/** Accounts are bound to districts; which district ids exist, this library answers. */
@Injectable()
class UserDistrictCheck implements OnModuleInit {
  constructor(
    private readonly users: UsersService,
    private readonly districts: DistrictsService,
  ) {}

  onModuleInit(): void {
    this.users.useDistrictCheck((ids) => this.districts.existing(ids));
  }
}

@Module({
  imports: [TypeOrmModule.forFeature([District]), AuthModule],
  controllers: [DistrictsController],
  providers: [DistrictsService, UserDistrictCheck],
  exports: [DistrictsService],
})
export class DistrictsModule {}
