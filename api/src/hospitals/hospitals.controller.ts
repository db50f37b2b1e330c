import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../common/auth';
import { PaginationQueryDto, paginated, skipFor } from '../common/pagination/pagination-query.dto';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';

/** Hospitals the user may act on: all of them for a SUPER_ADMIN (the console's switcher), else their own. */
@ApiTags('hospitals')
@ApiBearerAuth()
@Controller('hospitals')
export class HospitalsController {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  @Get()
  @ApiOkResponse({ description: '{ hospitals, page, limit, total }' })
  async list(@CurrentUser() user: AuthUser, @Query() query: PaginationQueryDto) {
    const where = user.role === 'SUPER_ADMIN' ? { isActive: true } : { id: user.homeHospitalId ?? '00000000-0000-0000-0000-000000000000' };
    const [hospitals, total] = await Promise.all([
      this.prisma.hospital.findMany({
        where,
        select: { id: true, name: true, code: true, timezone: true },
        orderBy: { name: query.order },
        skip: skipFor(query),
        take: query.limit,
      }),
      this.prisma.hospital.count({ where }),
    ]);
    return paginated('hospitals', hospitals, query, total);
  }
}
