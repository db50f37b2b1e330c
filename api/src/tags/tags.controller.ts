import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, HospitalId, RequireArea, type AuthUser } from '../common/auth';
import { CreateTagDto } from './dto/create-tag.dto';
import { QueryTagsDto } from './dto/query-tags.dto';
import { UpdateTagDto } from './dto/update-tag.dto';
import { TagsService, type TagActor } from './tags.service';

const actor = (user: AuthUser, hospitalId: string): TagActor => ({ hospitalId, userId: user.id });
const Id = () => Param('id', ParseUUIDPipe);

@ApiTags('tags')
@RequireArea('tags')
@Controller('crm/tags')
export class TagsController {
  constructor(private readonly tags: TagsService) {}

  @Get()
  @ApiOkResponse({ description: '{ tags, page, limit, total }; each tag with its leadCount' })
  list(@HospitalId() hospitalId: string, @Query() query: QueryTagsDto) {
    return this.tags.list(hospitalId, query);
  }

  @Post()
  @ApiCreatedResponse({ description: 'The new tag' })
  @ApiBadRequestResponse({ description: 'Missing name, colour not #rrggbb, category longer than 50' })
  @ApiConflictResponse({ description: 'A tag of this hospital already has this name (ignoring case)' })
  create(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Body() dto: CreateTagDto) {
    return this.tags.create(actor(user, hospitalId), dto);
  }

  @Get(':id')
  @ApiNotFoundResponse({ description: 'No such tag in this hospital' })
  get(@HospitalId() hospitalId: string, @Id() id: string) {
    return this.tags.get(hospitalId, id);
  }

  @Put(':id')
  @ApiOkResponse({ description: 'The tag after the change' })
  @ApiConflictResponse({ description: 'Another tag already has this name (ignoring case)' })
  update(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string, @Body() dto: UpdateTagDto) {
    return this.tags.update(actor(user, hospitalId), id, dto);
  }

  @Delete(':id')
  @ApiOkResponse({ description: 'Deleted with its links to leads; audited' })
  remove(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string) {
    return this.tags.remove(actor(user, hospitalId), id);
  }
}
