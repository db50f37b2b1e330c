// Reports: date ranges in the hospital's zone, chart buckets, rates, medians, funnel, ROI.
export * from './report-range';
export * from './time-buckets';
export * from './report-math';
export * from './lead-funnel';
export * from './delivery-summary';
export * from './money';
export * from './nps-trend';
