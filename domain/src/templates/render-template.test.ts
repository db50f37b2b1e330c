import { MissingTemplateValuesError, missingValues, renderTemplate, type RenderedTemplate, type TemplateSource } from './render-template';
import { TemplateError, type TemplateChannel } from './template-syntax';

const SCRIPT = '<script>alert("x")</script>';

describe('renderTemplate', () => {
  it.each<[string, TemplateSource, Record<string, string>, Partial<RenderedTemplate>]>([
    [
      'an email body escapes HTML in values, not in the template',
      { channel: 'EMAIL', subject: 'Hello {{firstName}}', content: '<p>Dear {{firstName}},</p>' },
      { firstName: SCRIPT },
      { subject: `Hello ${SCRIPT}`, body: '<p>Dear &lt;script&gt;alert(&quot;x&quot;)&lt;&#x2F;script&gt;,</p>' },
    ],
    [
      'an email escapes ampersands and quotes',
      { channel: 'EMAIL', subject: 'Hi', content: '<a title="{{name}}">{{name}}</a>' },
      { name: `Tom & "Jerry's"` },
      { body: '<a title="Tom &amp; &quot;Jerry&#39;s&quot;">Tom &amp; &quot;Jerry&#39;s&quot;</a>' },
    ],
    [
      'an SMS is plain text: nothing is escaped',
      { channel: 'SMS', content: 'Hi {{firstName}}' },
      { firstName: SCRIPT },
      { subject: null, body: `Hi ${SCRIPT}` },
    ],
    [
      'a WhatsApp message is plain text too',
      { channel: 'WHATSAPP', content: 'Hi {{firstName}} & co' },
      { firstName: '<b>Bob</b>' },
      { subject: null, body: 'Hi <b>Bob</b> & co' },
    ],
    [
      "a subject is a header: a value's line breaks become spaces",
      { channel: 'EMAIL', subject: 'About {{topic}}', content: 'x' },
      { topic: 'line one\r\n  line two' },
      { subject: 'About line one line two' },
    ],
    ['a subject is ignored outside email', { channel: 'SMS', subject: 'Ignored {{nothing}}', content: 'Hi' }, {}, { subject: null, body: 'Hi', variables: [] }],
    [
      'extra values are ignored',
      { channel: 'SMS', content: 'Hi {{firstName}}' },
      { firstName: 'Asha', lastName: 'Rao', constructor: 'x' },
      { body: 'Hi Asha', variables: ['firstName'] },
    ],
    [
      'comments vanish and repeated variables are filled each time',
      { channel: 'WHATSAPP', content: '{{! for reception }}{{firstName}}, {{firstName}}!' },
      { firstName: 'Asha' },
      { body: 'Asha, Asha!', variables: ['firstName'] },
    ],
  ])('%s', (_case, template, values, expected) => {
    const rendered = renderTemplate(template, values);
    expect(rendered).toMatchObject({ channel: template.channel, ...expected });
    if (template.channel !== 'SMS') expect(rendered).not.toHaveProperty('sms');
  });

  it('reports the rendered length and parts of an SMS', () => {
    const rendered = renderTemplate({ channel: 'SMS', content: 'Hi {{firstName}}, your bill is 10€' }, { firstName: 'Asha' });
    expect(rendered.body).toBe('Hi Asha, your bill is 10€');
    expect(rendered.sms).toEqual({ encoding: 'GSM-7', length: 26, segments: 1, perSegment: 160 });
    const emoji = renderTemplate({ channel: 'SMS', content: '{{greeting}} {{firstName}}' }, { greeting: 'Happy birthday 🎂', firstName: 'Asha' });
    expect(emoji.sms).toEqual({ encoding: 'UCS-2', length: 22, segments: 1, perSegment: 70 });
  });

  it.each<[string, Record<string, string | null | undefined>, string[]]>([
    ['absent', { firstName: 'Asha' }, ['doctorName']],
    ['blank', { firstName: '  ', doctorName: 'Dr. Mehta' }, ['firstName']],
    ['null', { firstName: null, doctorName: undefined }, ['firstName', 'doctorName']],
    ['only inherited from Object', {}, ['firstName', 'doctorName']],
  ])('refuses a value that is %s, naming every missing variable', (_case, values, missing) => {
    const render = () => renderTemplate({ channel: 'EMAIL', subject: 'Hi {{firstName}}', content: '{{firstName}} sees {{doctorName}}' }, values);
    expect(render).toThrow(MissingTemplateValuesError);
    try {
      render();
    } catch (error) {
      expect((error as MissingTemplateValuesError).missing).toEqual(missing);
      expect((error as Error).message).toContain(missing.join(', '));
    }
  });

  it.each(['constructor', 'hasOwnProperty', 'toString'])('refuses {{%s}}: a reserved name, never Object internals or a crash', (name) => {
    expect(() => renderTemplate({ channel: 'SMS', content: `Hi {{${name}}} {{firstName}}` }, { [name]: 'x', firstName: 'Asha' })).toThrow(TemplateError);
    expect(() => renderTemplate({ channel: 'SMS', content: `Hi {{${name}}}` }, {})).toThrow(/reserved name/);
  });

  it.each([
    ['a section', '{{#vip}}Hi{{/vip}}'],
    ['unescaped output', '{{{firstName}}}'],
    ['a syntax error', 'Hi {{firstName'],
  ])('refuses to render a template with %s', (_case, content) => {
    expect(() => renderTemplate({ channel: 'EMAIL', subject: 'Hi', content }, { firstName: 'Asha', vip: 'yes' })).toThrow(TemplateError);
  });

  it('refuses a channel that has no templates', () => {
    expect(() => renderTemplate({ channel: 'PHONE_CALL' as TemplateChannel, content: 'Hi' }, {})).toThrow(TemplateError);
  });
});

describe('missingValues', () => {
  it.each<[string[], Record<string, string | null | undefined>, string[]]>([
    [[], {}, []],
    [['a', 'b'], { a: 'x', b: 'y' }, []],
    [['a', 'b', 'a'], { b: 'y' }, ['a']],
    [['a'], { a: '' }, ['a']],
    [['toString', 'hasOwnProperty'], {}, ['toString', 'hasOwnProperty']],
  ])('%j with %j → %j', (used, values, missing) => {
    expect(missingValues(used, values)).toEqual(missing);
  });
});
