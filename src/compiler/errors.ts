/** An error an author can fix: it names the file, the line and the field, and what would be valid. */
export interface AuthorError {
  file: string;
  line?: number;
  column?: number;
  field?: string;
  message: string;
}

export class CompileError extends Error {
  readonly errors: readonly AuthorError[];

  constructor(errors: readonly AuthorError[]) {
    super(errors.map(formatAuthorError).join('\n'));
    this.name = 'CompileError';
    this.errors = errors;
  }
}

export function formatAuthorError(error: AuthorError): string {
  const where = [error.file, error.line, error.column].filter((part) => part !== undefined).join(':');
  const field = error.field ? ` ${error.field}:` : '';
  return `${where}${field} ${error.message}`;
}

export function isCompileError(value: unknown): value is CompileError {
  return value instanceof CompileError;
}
