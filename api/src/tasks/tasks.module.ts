import { Module } from '@nestjs/common';
import { TaskTimers } from './task-timers';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

@Module({ controllers: [TasksController], providers: [TasksService, TaskTimers], exports: [TasksService, TaskTimers] })
export class TasksModule {}
