// Follow-up in the browser: an overdue task (marked by its task-<id> workflow, which also rings
// the bell) completed from the Overdue view; a task created and handed to a colleague; a survey
// built with two questions reordered by keyboard, then its NPS analytics and responses; and the
// receptionist's menu, which holds leads, communications and tasks only.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { dismissNotifications, eventually, notification, screenshot, signIn } from './support/browser';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let context: BrowserContext;
let page: Page;
const browserErrors: string[] = [];

const OVERDUE_TASK = 'Call back about the cardiology package';
const TODAY_TASK = 'Collect the insurance card copy';
const SURVEY_NAME = 'After your OPD visit';

type CreatedLead = { id: string };
let lead: CreatedLead;

const taskRow = (title: string): Locator => page.locator('tbody tr').filter({ hasText: title });
const dialog = (): Locator => page.getByRole('dialog');

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('console: tasks, notifications and surveys', () => {
  beforeAll(async () => {
    stack = await startStack();
    lead = await stack.api<CreatedLead>('POST', '/crm/leads', { firstName: 'Meena', lastName: 'Kulkarni', phone: '+919845066201', source: 'PHONE_CALL' });
    // reminders 5 minutes before: none goes off while the test runs, so the bell counts one alert
    const base = { taskType: 'FOLLOW_UP_CALL', priority: 'HIGH', assignedToId: stack.admin.id, leadId: lead.id, reminderMinutesBefore: [5] };
    await stack.api('POST', '/crm/tasks', { ...base, title: OVERDUE_TASK, dueDate: hoursFromNow(-3) });
    await stack.api('POST', '/crm/tasks', { ...base, title: TODAY_TASK, taskType: 'DOCUMENT_COLLECTION', priority: 'MEDIUM', dueDate: hoursFromNow(0.5) });
    // the task's workflow marks it OVERDUE at once (its due time has passed) and tells the admin
    await eventually(
      () => stack.prisma.notification.count({ where: { userId: stack.admin.id, type: 'TASK_OVERDUE' } }),
      (count) => count > 0,
      60_000,
    );
    ({ context, page } = await stack.newPage());
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => browserErrors.push(error.message));
  }, 300_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await stack?.stop();
  }, 60_000);

  it('signs in; the bell counts the unread overdue alert', async () => {
    await signIn(page, stack.consoleUrl, stack.admin);
    const bell = page.getByTestId('notification-bell');
    await expect(
      eventually(
        () => bell.getAttribute('aria-label'),
        (label) => label === 'Notifications, 1 unread',
      ),
    ).resolves.toBe('Notifications, 1 unread');
  });

  it('shows the overdue task in red in the Overdue view, and completes it from there', async () => {
    await page.goto(`${stack.consoleUrl}#/tasks`);
    await page.getByRole('tab', { name: /Overdue/ }).click();
    const row = taskRow(OVERDUE_TASK);
    await row.waitFor();
    await taskRow(TODAY_TASK).waitFor({ state: 'detached' });
    await row.locator('[data-overdue]').waitFor();
    await expect(row.locator('[data-status]').first().getAttribute('data-status')).resolves.toBe('OVERDUE');
    await screenshot(page, 'tasks-overdue');

    await row.getByRole('button', { name: `Complete “${OVERDUE_TASK}”` }).click();
    await notification(page, `“${OVERDUE_TASK}” completed`).waitFor();
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('tasks-empty').getByText('Nothing overdue').waitFor();
    const task = await stack.prisma.cRMTask.findFirstOrThrow({
      where: { hospitalId: stack.hospital.id, title: OVERDUE_TASK },
      select: { status: true, completedAt: true },
    });
    expect(task.status).toBe('COMPLETED');
    expect(task.completedAt).not.toBeNull();
  });

  it('lists what is due today and everything in All', async () => {
    await dismissNotifications(page);
    await page.getByRole('tab', { name: /Today/ }).click();
    await taskRow(TODAY_TASK).waitFor();
    await page.getByRole('tab', { name: 'All' }).click();
    await taskRow(OVERDUE_TASK).waitFor();
    await taskRow(TODAY_TASK).waitFor();
    await screenshot(page, 'tasks-all');
  });

  it('opens the overdue alert from the bell, which marks it read', async () => {
    await page.getByTestId('notification-bell').click();
    const item = page.getByTestId('notification-item').filter({ hasText: OVERDUE_TASK });
    await item.waitFor();
    await screenshot(page, 'notifications', { fullPage: false });
    await item.click();
    await page.getByTestId('task-show').waitFor();
    await expect(page.getByTestId('task-title').textContent()).resolves.toBe(OVERDUE_TASK);
    await expect(
      eventually(
        () => page.getByTestId('notification-bell').getAttribute('aria-label'),
        (label) => label === 'Notifications, 0 unread',
      ),
    ).resolves.toBe('Notifications, 0 unread');
    const unread = await stack.prisma.notification.count({ where: { userId: stack.admin.id, readAt: null } });
    expect(unread).toBe(0);
  });

  it('creates a task through the form, hands it to the receptionist and completes it', async () => {
    await page.goto(`${stack.consoleUrl}#/tasks/create`);
    await page.getByRole('textbox', { name: 'Task', exact: true }).fill('Send the discharge summary');
    await page.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Follow up email' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('task-show').waitFor();
    await expect(page.getByTestId('task-title').textContent()).resolves.toBe('Send the discharge summary');

    await page.getByRole('button', { name: 'Reassign', exact: true }).click();
    await dialog().getByRole('combobox', { name: 'Assigned to' }).click();
    await page.getByRole('option', { name: `${stack.receptionist.firstName} ${stack.receptionist.lastName}` }).click();
    await dialog().getByRole('button', { name: 'Reassign' }).click();
    await notification(page, `“Send the discharge summary” is now with ${stack.receptionist.firstName} ${stack.receptionist.lastName}`).waitFor();
    await page.getByTestId('task-details').getByText(`${stack.receptionist.firstName} ${stack.receptionist.lastName}`, { exact: false }).waitFor();
    await screenshot(page, 'task-show');
    const task = await stack.prisma.cRMTask.findFirstOrThrow({
      where: { title: 'Send the discharge summary' },
      select: { assignedToId: true, taskType: true },
    });
    expect(task).toEqual({ assignedToId: stack.receptionist.id, taskType: 'FOLLOW_UP_EMAIL' });
    // the receptionist is told
    await expect(stack.prisma.notification.count({ where: { userId: stack.receptionist.id, type: 'TASK_ASSIGNED' } })).resolves.toBeGreaterThan(0);

    await dismissNotifications(page);
    await page.getByTestId('task-show').getByRole('button', { name: 'Complete', exact: true }).click();
    await notification(page, '“Send the discharge summary” completed').waitFor();
    await expect(
      eventually(
        () => page.getByTestId('task-show').locator('[data-status]').first().getAttribute('data-status'),
        (status) => status === 'COMPLETED',
      ),
    ).resolves.toBe('COMPLETED');
    await expect(
      stack.prisma.cRMTask.findFirstOrThrow({ where: { hospitalId: stack.hospital.id, title: 'Send the discharge summary' }, select: { status: true } }),
    ).resolves.toEqual({ status: 'COMPLETED' });
  });

  it('builds a survey with two questions, reordered with the keyboard', async () => {
    await dismissNotifications(page);
    await page.goto(`${stack.consoleUrl}#/surveys`);
    await page.getByTestId('surveys-empty').waitFor();
    await page.goto(`${stack.consoleUrl}#/surveys/create`);
    await page.getByRole('textbox', { name: 'Name' }).fill(SURVEY_NAME);
    const builder = page.getByTestId('question-builder');
    // a new survey starts with an NPS question
    await builder.getByRole('textbox', { name: 'Question' }).first().fill('How likely are you to recommend us to a friend?');
    await builder.getByRole('button', { name: 'Rating' }).click();
    await builder.getByRole('textbox', { name: 'Question' }).nth(1).fill('How was the care from our nurses?');
    await builder.getByRole('combobox', { name: 'Scale' }).waitFor();
    // NPS is offered once only
    await expect(builder.getByTestId('add-question-buttons').getByRole('button', { name: 'NPS (0–10)' }).count()).resolves.toBe(0);

    const moveUp = builder.getByRole('button', { name: 'Move question 2 up' });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await expect(builder.getByRole('textbox', { name: 'Question' }).first().inputValue()).resolves.toBe('How was the care from our nurses?');
    await expect(builder.getByRole('button', { name: 'Move question 1 up' }).isDisabled()).resolves.toBe(true);
    // the buttons are reached with Tab, not only with a mouse
    await builder.getByRole('button', { name: 'Move question 1 down' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Remove question 1');
    await screenshot(page, 'survey-builder');

    await page.getByRole('button', { name: 'Save' }).click();
    await notification(page, `Survey ${SURVEY_NAME} created`).waitFor();
    await page.getByTestId('survey-show').waitFor();
    const survey = await stack.prisma.cRMSurvey.findFirstOrThrow({
      where: { hospitalId: stack.hospital.id, name: SURVEY_NAME },
      select: { questions: true, isActive: true },
    });
    expect(survey.isActive).toBe(true);
    expect(survey.questions).toEqual([
      { id: 'q1', type: 'RATING', text: 'How was the care from our nurses?', required: false, order: 0, scale: 5 },
      { id: 'q2', type: 'NPS', text: 'How likely are you to recommend us to a friend?', required: true, order: 1 },
    ]);
    await page.getByTestId('analytics-empty').waitFor();
  });

  it("shows the survey's NPS, its split and distribution, and its responses", async () => {
    const survey = await stack.prisma.cRMSurvey.findFirstOrThrow({ where: { hospitalId: stack.hospital.id, name: SURVEY_NAME }, select: { id: true } });
    // six answers: 3 promoters, 1 passive, 2 detractors → NPS = 50 - 33.3 = 16.7
    const answers: Array<[number, number, 'POSITIVE' | 'NEUTRAL' | 'NEGATIVE', number]> = [
      [10, 5, 'POSITIVE', 3],
      [9, 5, 'POSITIVE', 10],
      [9, 4, 'POSITIVE', 20],
      [8, 4, 'NEUTRAL', 40],
      [6, 3, 'NEUTRAL', 50],
      [2, 1, 'NEGATIVE', 70],
    ];
    for (const [nps, rating, sentiment, daysAgo] of answers) {
      await stack.prisma.cRMSurveyResponse.create({
        data: {
          hospitalId: stack.hospital.id,
          surveyId: survey.id,
          answers: { q2: nps, q1: rating },
          npsScore: nps,
          csatScore: rating,
          sentiment,
          requiresFollowUp: nps <= 6,
          channel: 'WHATSAPP',
          submittedAt: new Date(Date.now() - daysAgo * 86_400_000),
        },
      });
    }
    await page.reload();
    const analytics = page.getByTestId('survey-analytics');
    await expect(analytics.getByTestId('survey-nps-value').textContent()).resolves.toBe('+16.7');
    await analytics.getByTestId('nps-split').getByText('3 · 50%').waitFor();
    await analytics.getByTestId('nps-split').getByText('2 · 33.3%').waitFor();
    await analytics.getByTestId('nps-distribution').locator('.recharts-bar-rectangle').first().waitFor();
    await analytics.getByTestId('nps-trend').waitFor();
    await screenshot(page, 'survey-analytics');

    await page.getByRole('tab', { name: 'Responses' }).click();
    // one row per response (each has a hidden one below it for its answers)
    const responses = page.locator('tbody tr.RaDataTable-row');
    await responses.nth(5).waitFor();
    await expect(responses.count()).resolves.toBe(6);
    await responses.first().click();
    await page.getByTestId('response-answers').getByText('How was the care from our nurses?').waitFor();
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'NPS category' }).click();
    await page.getByRole('combobox', { name: 'NPS category' }).click();
    await page.getByRole('option', { name: 'Detractors' }).click();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelectorAll('tbody tr.RaDataTable-row').length === 2);
    await screenshot(page, 'survey-responses');
  });

  it('shows the receptionist leads, communications and tasks only', async () => {
    const receptionist = await stack.newPage();
    try {
      await signIn(receptionist.page, stack.consoleUrl, stack.receptionist);
      const menu = receptionist.page.locator('[aria-label="Main navigation"]');
      await menu.getByRole('menuitem', { name: 'Tasks' }).waitFor();
      const items = (await menu.getByRole('menuitem').allTextContents()).map((text) => text.trim());
      expect(items).toEqual(['Dashboard', 'Leads', 'Communications', 'Tasks']);
      await screenshot(receptionist.page, 'menu-receptionist', { fullPage: false });
    } finally {
      await receptionist.context.close();
    }
  });

  it('raised no uncaught errors in the page', () => {
    expect(browserErrors).toEqual([]);
  });
});
