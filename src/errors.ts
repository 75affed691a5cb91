/**
 * An error in what the user gave us (a path, a file, an option). The CLI prints it as one line and exits 2;
 * anything else that escapes the library is a bug.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** The file or option the problem is about, when there is one. */
  readonly subject: string | undefined;

  constructor(message: string, subject?: string) {
    super(subject ? `${subject}: ${message}` : message);
    this.subject = subject;
  }
}
