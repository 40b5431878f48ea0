import { Controller, Get } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Public } from './public.decorator';
import { Roles } from './roles.decorator';
import { RolesGuard } from './roles.guard';

@Controller('ruled')
@Roles('admin')
class RuledController {
  @Get()
  list() {
    return [];
  }

  @Public()
  @Get('open')
  open() {
    return [];
  }
}

@Controller('forgotten')
class ForgottenController {
  @Get()
  list() {
    return [];
  }
}

async function boot(...controllers: (new () => object)[]) {
  const module = await Test.createTestingModule({
    imports: [DiscoveryModule],
    controllers,
    providers: [RolesGuard],
  }).compile();
  const app = module.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe('RolesGuard at start-up', () => {
  it('starts when every route has @Roles or @Public', async () => {
    const app = await boot(RuledController);
    await app.close();
  });

  it('refuses to start with a route nobody gave a rule', async () => {
    await expect(boot(RuledController, ForgottenController)).rejects.toThrow(
      'Routes without @Roles() or @Public(): ForgottenController.list',
    );
  });
});
