/** The Word review round trip's table model and its validation (the .docx itself is in server/formats). */
export { REVIEW_HEADER, REVIEW_DOCUMENT_PREFIX } from './model';
export type { ReviewRowIn, ReviewRowOut, ReviewSheet } from './model';
export { planReview, type ReviewChange, type ReviewPlan } from './plan-review';
