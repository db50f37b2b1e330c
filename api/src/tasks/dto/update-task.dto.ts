import { PartialType } from '@nestjs/swagger';
import { CreateTaskDto } from './create-task.dto';

/** PUT changes what it names; moving dueDate moves the task's timers, changing assignedToId reassigns it. */
export class UpdateTaskDto extends PartialType(CreateTaskDto, { skipNullProperties: false }) {}
