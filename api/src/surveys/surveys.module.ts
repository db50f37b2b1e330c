import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { PublicSurveysController } from './public/public-surveys.controller';
import { ServiceRecoveryTasks } from './public/service-recovery-task';
import { SurveyLinkService } from './public/survey-link.service';
import { SurveyPageController } from './public/survey-page.controller';
import { SurveySubmissionService } from './public/survey-submission.service';
import { SurveyAnalyticsService } from './survey-analytics.service';
import { SurveyResponsesService } from './survey-responses.service';
import { SurveyResultsController } from './survey-results.controller';
import { SurveysController } from './surveys.controller';
import { SurveysService } from './surveys.service';
import { PostVisitSurveys } from './triggers/post-visit-surveys';
import { VisitTriggersController } from './triggers/visit-triggers.controller';
import { VisitTriggersService } from './triggers/visit-triggers.service';

/** Surveys: CRUD and results for staff, the patient's public link, and the visit triggers for host systems. */
@Module({
  imports: [TasksModule],
  controllers: [SurveysController, SurveyResultsController, PublicSurveysController, SurveyPageController, VisitTriggersController],
  providers: [
    SurveysService,
    SurveyResponsesService,
    SurveyAnalyticsService,
    SurveyLinkService,
    SurveySubmissionService,
    ServiceRecoveryTasks,
    PostVisitSurveys,
    VisitTriggersService,
  ],
})
export class SurveysModule {}
