export { nextLeadNumber, formatLeadNumber } from './lead-number';
export { insertLead, findOpenDuplicate, type NewLead } from './insert-lead';
