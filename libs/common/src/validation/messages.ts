import { type ValidationArguments } from 'class-validator';

/** German messages for the validators used in request DTOs. */
export const de = {
  required: 'fehlt.',
  text: 'muss ein Text sein.',
  notBlank: 'darf nicht leer sein.',
  controlCharacters:
    'darf keine Steuerzeichen enthalten, auch keine Zeilenumbrüche oder Tabulatoren.',
  controlCharactersMultiline:
    'darf außer Zeilenumbrüchen und Tabulatoren keine Steuerzeichen enthalten.',
  loneSurrogate: 'enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat).',
  minLength: (min: number) => `muss mindestens ${min} Zeichen lang sein.`,
  maxLength: (max: number) => `darf höchstens ${max} Zeichen lang sein.`,
  integer: 'muss eine ganze Zahl sein.',
  number: 'muss eine Zahl sein.',
  decimals: (n: number) => `darf höchstens ${n} Nachkommastellen haben.`,
  min: (min: number) => `muss mindestens ${min} sein.`,
  max: (max: number) => `darf höchstens ${max} sein.`,
  oneOf: (values: readonly string[]) => `muss einer dieser Werte sein: ${values.join(', ')}.`,
  eachOneOf: (values: readonly string[]) => `darf nur diese Werte enthalten: ${values.join(', ')}.`,
  array: 'muss eine Liste sein.',
  maxItems: (n: number) => `darf höchstens ${n} Einträge haben.`,
  unique: 'darf keinen Eintrag doppelt enthalten.',
  object: 'muss ein Objekt sein.',
  email: 'muss eine gültige E-Mail-Adresse sein.',
  uuid: 'muss eine UUID sein.',
  date: 'muss ein Datum im Format JJJJ-MM-TT sein.',
  dateNotInFuture: 'darf nicht in der Zukunft liegen.',
  dateNotBefore: (min: string) => `darf nicht vor dem ${min} liegen.`,
  pattern: (what: string) => `muss ${what} sein.`,
  unknownField: 'ist kein bekanntes Feld.',
  boolean: 'muss true oder false sein.',
} as const;

export type MessageFn = (args: ValidationArguments) => string;
