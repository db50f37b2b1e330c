import {
  checkTemplate,
  contentMaxFor,
  isTemplateChannel,
  isTemplateVariableName,
  TemplateError,
  templateVariables,
  type TemplateProblem,
} from './template-syntax';

describe('templateVariables', () => {
  it.each<[string, string, string | undefined, string[]]>([
    ['plain text', 'Hello there', undefined, []],
    ['one variable', 'Hi {{firstName}}', undefined, ['firstName']],
    ['spaces inside the tag', 'Hi {{ firstName }}', undefined, ['firstName']],
    ['each name once, in order of first use', '{{b}} {{a}} {{b}}', undefined, ['b', 'a']],
    ['the subject first', '<p>Dear {{firstName}}</p><p>{{hospitalName}}</p>', 'Welcome to {{hospitalName}}', ['hospitalName', 'firstName']],
    ['comments are allowed and are not variables', 'Hi {{! internal note }}{{firstName}}', undefined, ['firstName']],
    ['underscores and digits', '{{appointment_date2}}', undefined, ['appointment_date2']],
  ])('%s', (_case, content, subject, expected) => {
    expect(templateVariables(content, subject)).toEqual(expected);
  });

  it('throws a TemplateError with the problems for a template that cannot be used', () => {
    const error = (() => {
      try {
        templateVariables('{{#vip}}Dear VIP{{/vip}}');
      } catch (e) {
        return e as TemplateError;
      }
      throw new Error('expected a TemplateError');
    })();
    expect(error).toBeInstanceOf(TemplateError);
    expect(error.problems).toEqual([expect.objectContaining({ code: 'UNSUPPORTED_TAG', tag: '{{#vip}}' })]);
  });
});

describe('checkTemplate: syntax', () => {
  it.each<[string, string, Partial<TemplateProblem>]>([
    ['a section', 'Dear {{#vip}}valued {{/vip}}guest', { code: 'UNSUPPORTED_TAG', tag: '{{#vip}}', position: { index: 5, line: 1, column: 6 } }],
    ['an inverted section', '{{^vip}}Hello{{/vip}}', { code: 'UNSUPPORTED_TAG', tag: '{{^vip}}', position: { index: 0, line: 1, column: 1 } }],
    ['a partial', 'Hi {{> footer}}', { code: 'UNSUPPORTED_TAG', tag: '{{> footer}}' }],
    ['triple-stache unescaped output', 'Hi {{{firstName}}}', { code: 'UNSUPPORTED_TAG', tag: '{{{firstName}}}', variable: 'firstName' }],
    ['ampersand unescaped output', 'Hi {{&firstName}}', { code: 'UNSUPPORTED_TAG', tag: '{{&firstName}}', variable: 'firstName' }],
    ['a delimiter change', '{{=<% %>=}}Hi <%firstName%>', { code: 'UNSUPPORTED_TAG', tag: '{{=<% %>=}}' }],
    ['an unclosed tag, pointed at where it opens', 'Hi {{firstName, welcome', { code: 'SYNTAX', position: { index: 3, line: 1, column: 4 } }],
    ['a closing tag without an opening one', 'Hi\n  {{/vip}}', { code: 'SYNTAX', position: { index: 5, line: 2, column: 3 } }],
    ['a dotted name', 'Hi {{patient.name}}', { code: 'INVALID_NAME', tag: '{{patient.name}}' }],
    ['the implicit iterator', 'Hi {{.}}', { code: 'INVALID_NAME', tag: '{{.}}' }],
    ['an empty tag', 'Hi {{}}', { code: 'INVALID_NAME', tag: '{{}}' }],
    ['a name with a space', 'Hi {{first name}}', { code: 'INVALID_NAME' }],
    ['a name starting with a digit', 'Hi {{1st}}', { code: 'INVALID_NAME' }],
    ['a reserved name', 'Hi {{constructor}}', { code: 'INVALID_NAME', tag: '{{constructor}}' }],
    ['another reserved name', 'Hi {{hasOwnProperty}}', { code: 'INVALID_NAME', tag: '{{hasOwnProperty}}' }],
  ])('refuses %s', (_case, content, expected) => {
    const problems = checkTemplate({ content, declared: ['firstName', 'vip'] }).filter((p) => p.severity === 'error');
    expect(problems[0]).toMatchObject({ severity: 'error', field: 'content', ...expected });
    expect(problems[0].message.length).toBeGreaterThan(10);
  });

  it('gives the line and column on a later line', () => {
    const [problem] = checkTemplate({ content: '<p>Hello</p>\n<p>Dear {{#vip}}x{{/vip}}</p>', declared: [] });
    expect(problem).toMatchObject({ code: 'UNSUPPORTED_TAG', position: { index: 21, line: 2, column: 9 } });
    expect(problem.message).toContain('content line 2, column 9');
  });

  it('names the subject when the problem is there', () => {
    const [problem] = checkTemplate({ content: 'Hi', subject: 'About {{#x}}{{/x}}', declared: [] });
    expect(problem).toMatchObject({ field: 'subject', code: 'UNSUPPORTED_TAG', position: { index: 6, line: 1, column: 7 } });
  });
});

describe('checkTemplate: declared variables', () => {
  it('accepts a template whose variables are all declared', () => {
    expect(checkTemplate({ content: 'Hi {{firstName}} from {{hospitalName}}', subject: 'For {{firstName}}', declared: ['firstName', 'hospitalName'] })).toEqual(
      [],
    );
  });

  it('refuses a variable used but not declared, naming it and where it is', () => {
    const problems = checkTemplate({
      content: 'Hi {{firstName}}, see {{doctorName}} and {{doctorName}}',
      subject: 'On {{appointmentDate}}',
      declared: ['firstName'],
    });
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'UNDECLARED_VARIABLE',
        field: 'subject',
        variable: 'appointmentDate',
        position: { index: 3, line: 1, column: 4 },
      }),
      expect.objectContaining({
        severity: 'error',
        code: 'UNDECLARED_VARIABLE',
        field: 'content',
        variable: 'doctorName',
        position: { index: 22, line: 1, column: 23 },
      }),
    ]);
  });

  it('warns about a declared variable the text never uses', () => {
    expect(checkTemplate({ content: 'Hi {{firstName}}', declared: ['firstName', 'surveyLink'] })).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'UNUSED_VARIABLE', field: 'variables', variable: 'surveyLink' }),
    ]);
  });

  it.each(['first name', '1st', 'a.b', '', 'x'.repeat(51), '__proto__', 'toString', 'valueOf'])('refuses the declared name %p', (name) => {
    expect(checkTemplate({ content: 'Hi', declared: [name] })).toEqual([
      expect.objectContaining({ severity: 'error', code: 'INVALID_NAME', field: 'variables', variable: name }),
    ]);
  });

  it('does not guess at unused variables when the text does not parse', () => {
    expect(checkTemplate({ content: 'Hi {{firstName', declared: ['firstName'] }).map((p) => p.code)).toEqual(['SYNTAX']);
  });
});

describe('channels and limits', () => {
  it.each([
    ['EMAIL', true],
    ['SMS', true],
    ['WHATSAPP', true],
    ['PHONE_CALL', false],
    ['IN_PERSON', false],
    ['VIDEO_CALL', false],
  ])('%s has templates: %p', (channel, expected) => {
    expect(isTemplateChannel(channel)).toBe(expected);
  });

  it('limits SMS bodies to 1,600 characters and others to 10,000', () => {
    expect(contentMaxFor('SMS')).toBe(1_600);
    expect(contentMaxFor('EMAIL')).toBe(10_000);
    expect(contentMaxFor('WHATSAPP')).toBe(10_000);
  });
});

describe('isTemplateVariableName', () => {
  it.each<[string, boolean]>([
    ['firstName', true],
    ['appointment_date', true],
    ['x1', true],
    ['x'.repeat(50), true],
    ['x'.repeat(51), false],
    ['1st', false],
    ['_private', false],
    ['first-name', false],
    ['constructor', false],
    ['isPrototypeOf', false],
  ])('%p → %p', (name, expected) => {
    expect(isTemplateVariableName(name)).toBe(expected);
  });
});
