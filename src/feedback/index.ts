/** Anonymous feedback on listings: the store interface, its file and memory implementations. No botbuilder. */
export * from './feedback';
export { JsonLinesFeedbackStore } from './jsonLinesFeedbackStore';
