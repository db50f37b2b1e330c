import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, HospitalId, RequireArea, type AuthUser } from '../common/auth';
import { ApiError } from '../common/envelope';
import { CreateTaskDto } from './dto/create-task.dto';
import { QueryTasksDto } from './dto/query-tasks.dto';
import { UpdateTaskDto } from './dto/update-task.dto';
import { UpdateTaskStatusDto } from './dto/update-task-status.dto';
import { TasksService, type Actor } from './tasks.service';

const actor = (user: AuthUser, hospitalId: string): Actor => ({ ...user, hospitalId });
const Id = () => Param('id', ParseUUIDPipe);

@ApiTags('tasks')
@RequireArea('tasks')
@Controller('crm/tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @ApiOkResponse({ description: '{ tasks, page, limit, total }: all tasks for admins; your own (assigned to or by you) otherwise' })
  list(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Query() query: QueryTasksDto) {
    return this.tasks.list(actor(user, hospitalId), query, 'all');
  }

  @Get('my')
  @ApiOkResponse({ description: 'Tasks assigned to the signed-in user' })
  my(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Query() query: QueryTasksDto) {
    return this.tasks.list(actor(user, hospitalId), query, 'my');
  }

  @Get('overdue')
  @ApiOkResponse({ description: 'Open tasks past their due time' })
  overdue(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Query() query: QueryTasksDto) {
    return this.tasks.list(actor(user, hospitalId), query, 'overdue');
  }

  @Get('today')
  @ApiOkResponse({ description: "Open tasks due today in the hospital's time zone" })
  today(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Query() query: QueryTasksDto) {
    return this.tasks.list(actor(user, hospitalId), query, 'today');
  }

  @Get('stats')
  @RequireArea('reports')
  @ApiQuery({ name: 'from', required: true, example: '2026-11-01T00:00:00Z' })
  @ApiQuery({ name: 'to', required: true, example: '2026-12-01T00:00:00Z' })
  @ApiOkResponse({ description: 'Completion and on-time rates per staff member for tasks due in [from, to)' })
  stats(@HospitalId() hospitalId: string, @Query('from') from?: string, @Query('to') to?: string) {
    const [start, end] = [new Date(from ?? ''), new Date(to ?? '')];
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || start >= end) {
      throw ApiError.badRequest('from and to must be ISO dates with from before to');
    }
    return this.tasks.stats(hospitalId, start, end);
  }

  @Post()
  @ApiCreatedResponse({ description: 'The task; its reminders and overdue timer run in the task-<id> workflow' })
  @ApiServiceUnavailableResponse({ description: 'The scheduler is down; nothing was created' })
  create(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Body() dto: CreateTaskDto) {
    return this.tasks.create(actor(user, hospitalId), dto);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string) {
    return this.tasks.get(actor(user, hospitalId), id);
  }

  @Put(':id')
  @ApiConflictResponse({ description: 'The task is completed or cancelled' })
  update(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string, @Body() dto: UpdateTaskDto) {
    return this.tasks.update(actor(user, hospitalId), id, dto);
  }

  @Patch(':id/status')
  @ApiConflictResponse({ description: 'ILLEGAL_TRANSITION (e.g. reopening a completed task, or setting OVERDUE by hand)' })
  changeStatus(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string, @Body() dto: UpdateTaskStatusDto) {
    return this.tasks.changeStatus(actor(user, hospitalId), id, dto);
  }
}
