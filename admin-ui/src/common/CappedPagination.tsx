// The list's pagination, saying "1-25 of 10,000+" when the server stopped counting (a long lead list or search).
import type { TablePaginationProps } from '@mui/material';
import { Pagination, useListContext, useTranslate, type PaginationProps } from 'react-admin';
import type { ListMeta } from '../providers/dataProviderMapping';

export const CappedPagination = (props: PaginationProps) => {
  const { meta } = useListContext() as { meta?: ListMeta };
  const translate = useTranslate();
  if (!meta?.totalIsCapped) return <Pagination {...props} />;
  // react-admin's Pagination hands its other props to MUI's TablePagination, after its own label.
  const label: Pick<TablePaginationProps, 'labelDisplayedRows'> = {
    labelDisplayedRows: ({ from, to, count }) => translate('crm.common.capped_range', { from, to, total: count.toLocaleString() }),
  };
  return <Pagination {...props} {...label} />;
};
