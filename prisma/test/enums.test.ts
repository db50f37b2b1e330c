import { PRISMA_MIRRORED_ENUMS } from '@hospital-crm/domain';
import { $Enums } from '../src';

// The domain package cannot import Prisma (imports flow one way), so it mirrors the enums;
// this keeps the two spellings identical, value for value and in order.
describe('domain enums mirror schema.prisma', () => {
  it.each(Object.entries(PRISMA_MIRRORED_ENUMS))('%s', (name, domainValues) => {
    const prismaEnum = ($Enums as Record<string, Record<string, string>>)[name];
    expect(prismaEnum).toBeDefined();
    expect(Object.values(prismaEnum)).toEqual([...domainValues]);
  });
});
