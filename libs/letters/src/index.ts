// The public API of @teilhabe/letters: what other libraries and the apps use, and nothing more.
export {
  AllocationLetters,
  AllocationLetterView,
  MINISTRY_ADDRESS,
  type MinistryNoticeInput,
} from './allocation-letters';
export { type AnswerDueDate, AnswerDeadline } from './answer-deadline';
export { AllocationLetter } from './entities/allocation-letter.entity';
export { AnswerLink } from './entities/answer-link.entity';
export { Letter } from './entities/letter.entity';
export { ProviderAnswer } from './entities/provider-answer.entity';
export { LetterEvents, type LetterSent, type ProviderAnswered } from './letter-events';
export {
  LETTER_DELIVERIES,
  LETTER_STATUSES,
  LETTER_TEMPLATES,
  type LetterDelivery,
  type LetterStatus,
  type LetterTemplate,
} from './letter-kinds';
export { LettersModule } from './letters.module';
export { LettersService } from './letters.service';
export { LetterView } from './letters.views';
