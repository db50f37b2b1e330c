/** `?status=NEW&status=LOST` and `?status=NEW,LOST` both become ['NEW', 'LOST']. */
export const toList = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value])
        .flatMap((v) => String(v).split(','))
        .map((v) => v.trim())
        .filter(Boolean);
