import { EmailField } from '@teilhabe/common';

export class AccessExportDto {
  @EmailField({ description: "the guardian's e-mail address as stored with their cases" })
  email!: string;
}
