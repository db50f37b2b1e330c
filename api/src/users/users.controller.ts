import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentUser, HospitalId, RequireArea, type AuthUser } from '../common/auth';
import { ChangeRoleDto } from './dto/change-role.dto';
import { DeactivateUserDto } from './dto/deactivate-user.dto';
import { QueryUsersDto } from './dto/query-users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@RequireArea('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ description: '{ users, page, limit, total }' })
  list(@HospitalId() hospitalId: string, @Query() query: QueryUsersDto) {
    return this.users.list(hospitalId, query);
  }

  /** Staff a lead can be assigned to: active receptionists and admins. Open to lead workers, not only admins. */
  @Get('assignable')
  @RequireArea('leads')
  @ApiOkResponse({ description: '{ users } — active lead owners of the hospital' })
  assignable(@HospitalId() hospitalId: string) {
    return this.users.assignable(hospitalId);
  }

  /** Doctors a lead may prefer (it counts toward the lead score). Open to lead workers. */
  @Get('doctors')
  @RequireArea('leads')
  @ApiOkResponse({ description: '{ users } — active doctors of the hospital, with department' })
  doctors(@HospitalId() hospitalId: string) {
    return this.users.doctors(hospitalId);
  }

  @Get(':id')
  @ApiNotFoundResponse({ description: 'No such user in this hospital' })
  get(@HospitalId() hospitalId: string, @Param('id', ParseUUIDPipe) id: string) {
    return this.users.get(hospitalId, id);
  }

  @Patch(':id/deactivate')
  @ApiOkResponse({ description: 'Deactivated; open tasks and leads moved to reassignToId (audited)' })
  deactivate(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DeactivateUserDto) {
    return this.users.deactivate({ userId: user.id, hospitalId }, id, dto.reassignToId);
  }

  @Patch(':id/role')
  @ApiOkResponse({ description: 'The user with the new role, in force from their next request (audited with before and after)' })
  @ApiNotFoundResponse({ description: 'No such user in this hospital' })
  @ApiUnprocessableEntityResponse({ description: 'Your own role: another admin has to change it' })
  changeRole(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ChangeRoleDto) {
    return this.users.changeRole({ userId: user.id, hospitalId }, id, dto.role);
  }
}
