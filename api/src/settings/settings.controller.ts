import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, HospitalId, RequireArea, type AuthUser } from '../common/auth';
import { UpdateSettingsDto } from './dto/update-settings.dto';
import { SettingsService } from './settings.service';

@ApiTags('settings')
@RequireArea('settings')
@Controller('crm/settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @ApiOkResponse({ description: "The hospital's CRM settings" })
  get(@HospitalId() hospitalId: string) {
    return this.settings.get(hospitalId);
  }

  @Put()
  @ApiOkResponse({ description: 'The settings after the change (audited)' })
  update(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Body() dto: UpdateSettingsDto) {
    return this.settings.update({ ...user, hospitalId }, dto);
  }
}
