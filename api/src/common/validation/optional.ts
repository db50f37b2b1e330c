import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but not sent as null. class-validator's IsOptional also waves
 * null through, which a column that cannot hold null answers with a 500; keep IsOptional
 * (with ValidateIf(v !== null)) for the fields where null means "clear it".
 */
export const Optional = () => ValidateIf((_object, value) => value !== undefined);
