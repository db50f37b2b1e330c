import { matchColumns, rowToBody } from './csv-columns';

describe('matchColumns', () => {
  it('matches headers case- and punctuation-insensitively and names what is missing or unused', () => {
    expect(matchColumns(['FIRSTNAME', 'last_name', 'Phone', ' E-mail ', 'Lead Number', 'interestedIn'])).toEqual({
      fields: ['firstName', 'lastName', 'phone', 'email', null, 'interestedIn'],
      missing: ['source'],
      repeated: [],
      ignored: ['Lead Number'],
    });
  });

  it('reports a field given by two columns', () => {
    expect(matchColumns(['firstName', 'lastName', 'source', 'email', 'EMAIL']).repeated).toEqual(['email']);
  });
});

describe('rowToBody', () => {
  const { fields } = matchColumns(['firstName', 'lastName', 'source', 'interestedIn', 'notes', 'phone', 'extra']);

  it('leaves blank cells out, splits interests on ";", and ignores unused columns', () => {
    expect(rowToBody(['  Asha ', 'Rao', 'WEBSITE', 'Cardiology; ;Orthopedics', '', '', 'x'], fields)).toEqual({
      firstName: 'Asha',
      lastName: 'Rao',
      source: 'WEBSITE',
      interestedIn: ['Cardiology', 'Orthopedics'],
    });
  });

  it("treats missing trailing cells as blank and takes back the export's formula guard", () => {
    expect(rowToBody(['Asha', 'Rao', 'WEBSITE', '', "'=1+1", "'+15550100001"], fields)).toEqual({
      firstName: 'Asha',
      lastName: 'Rao',
      source: 'WEBSITE',
      notes: '=1+1',
      phone: '+15550100001',
    });
  });
});
