import { describe, expect, it } from '@jest/globals';
import { draftProblems, previewSource, previewValues, rawSegments, renderLocally, serverPreviewValues, usedVariables } from './templatePreview';

const sms = { channel: 'SMS', content: 'Hi {{firstName}}, see {{doctorName}} at {{slot}}.', variables: ['firstName', 'doctorName', 'slot'] };

describe('local preview', () => {
  it('lists the variables the text uses, subject first, once each', () => {
    expect(usedVariables({ channel: 'EMAIL', subject: 'For {{firstName}}', content: '{{doctorName}} and {{firstName}}' })).toEqual(['firstName', 'doctorName']);
    // an SMS has no subject: what is left in the field does not count
    expect(usedVariables({ channel: 'SMS', subject: '{{ignored}}', content: 'Hi {{firstName}}' })).toEqual(['firstName']);
    expect(usedVariables({ channel: 'SMS', content: 'Hi {{#broken}}' })).toEqual([]);
  });

  it('fills what was typed, else the sample values, and leaves unknown ones out', () => {
    expect(previewValues(['firstName', 'doctorName', 'slot'], { doctorName: 'Dr. Iyer', slot: '  ' })).toEqual({ firstName: 'Asha', doctorName: 'Dr. Iyer' });
  });

  it("leaves the hospital's name to the server unless one was typed", () => {
    expect(serverPreviewValues(['firstName', 'hospitalName'], {})).toEqual({ firstName: 'Asha' });
    expect(serverPreviewValues(['hospitalName'], { hospitalName: 'Lakeside' })).toEqual({ hospitalName: 'Lakeside' });
  });

  it('renders an SMS with its segments', () => {
    const preview = renderLocally(sms, { firstName: 'Asha', doctorName: 'Dr. Mehta', slot: '10:30' });
    expect(preview).toEqual({
      state: 'rendered',
      subject: null,
      body: 'Hi Asha, see Dr. Mehta at 10:30.',
      sms: { encoding: 'GSM-7', length: 32, segments: 1, perSegment: 160 },
    });
  });

  it('escapes values in an email body but not in its subject', () => {
    const preview = renderLocally({ channel: 'EMAIL', subject: 'For {{name}}', content: '<p>{{name}}</p>' }, { name: 'A & B' });
    expect(preview).toMatchObject({ state: 'rendered', subject: 'For A & B', body: '<p>A &amp; B</p>' });
  });

  it('names the variables without a value instead of rendering a blank', () => {
    expect(renderLocally(sms, { firstName: 'Asha' })).toEqual({ state: 'missing', missing: ['doctorName', 'slot'] });
  });

  it('reports a text that cannot be used', () => {
    const preview = renderLocally({ channel: 'SMS', content: 'Hi {{#vip}}friend{{/vip}}' }, {});
    expect(preview.state).toBe('invalid');
    expect(preview.state === 'invalid' && preview.problems[0].code).toBe('UNSUPPORTED_TAG');
    expect(renderLocally({ channel: 'SMS', content: '   ' }, {})).toEqual({ state: 'empty' });
  });

  it('checks the draft as the server will: undeclared variables are errors, unused ones warnings', () => {
    const problems = draftProblems({ channel: 'SMS', content: 'Hi {{firstName}} {{slot}}', variables: ['firstName', 'doctorName'] });
    expect(problems.map((p) => [p.severity, p.code, p.variable])).toEqual([
      ['error', 'UNDECLARED_VARIABLE', 'slot'],
      ['warning', 'UNUSED_VARIABLE', 'doctorName'],
    ]);
    expect(draftProblems({ channel: 'SMS', content: '' })).toEqual([]);
  });

  it('counts the raw SMS segments, and none for other channels', () => {
    expect(rawSegments({ channel: 'SMS', content: 'x'.repeat(161) })).toEqual({ encoding: 'GSM-7', length: 161, segments: 2, perSegment: 153 });
    expect(rawSegments({ channel: 'SMS', content: 'Namaste 🙏' })?.encoding).toBe('UCS-2');
    expect(rawSegments({ channel: 'WHATSAPP', content: 'x' })).toBeNull();
  });
});

describe('preview source', () => {
  const saved = { id: 't1', ...sms, subject: null };

  it('asks the server for a saved template as it is', () => {
    expect(previewSource({ ...sms }, saved)).toBe('server');
    // a subject left in the form of an SMS template is not a change
    expect(previewSource({ ...sms, subject: 'x' }, saved)).toBe('server');
  });

  it('renders locally while there are unsaved changes, and for a new template', () => {
    expect(previewSource({ ...sms, content: 'Changed {{firstName}}' }, saved)).toBe('local');
    expect(previewSource({ ...sms, variables: ['firstName'] }, saved)).toBe('local');
    expect(previewSource(sms, null)).toBe('local');
  });
});
