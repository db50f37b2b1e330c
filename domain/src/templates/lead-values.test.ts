import { hospitalTemplateValues, leadTemplateValues, SAMPLE_TEMPLATE_VALUES, STANDARD_TEMPLATE_VARIABLES } from './lead-values';

describe('leadTemplateValues', () => {
  it('names the fields as the seed templates do', () => {
    expect(
      leadTemplateValues({
        firstName: 'Asha',
        lastName: 'Rao',
        email: 'asha@example.com',
        phone: '+919876543210',
        leadNumber: 'LD-CGH-000001',
        interestedIn: ['Cardiology', ' Diabetes '],
      }),
    ).toEqual({
      firstName: 'Asha',
      lastName: 'Rao',
      fullName: 'Asha Rao',
      email: 'asha@example.com',
      phone: '+919876543210',
      leadNumber: 'LD-CGH-000001',
      interest: 'Cardiology, Diabetes',
    });
  });

  it('leaves out what the lead lacks, so a template needing it reports it missing', () => {
    expect(leadTemplateValues({ firstName: 'Asha', lastName: 'Rao', email: null, phone: '', leadNumber: 'LD-1', interestedIn: [] })).toEqual({
      firstName: 'Asha',
      lastName: 'Rao',
      fullName: 'Asha Rao',
      leadNumber: 'LD-1',
    });
  });

  it("gives the hospital's name", () => {
    expect(hospitalTemplateValues({ name: 'City General' })).toEqual({ hospitalName: 'City General' });
  });

  it('has a sample value for every standard variable', () => {
    for (const name of STANDARD_TEMPLATE_VARIABLES) expect(SAMPLE_TEMPLATE_VALUES[name]).toEqual(expect.any(String));
  });
});
