package dev.northbound.scoring.cli;

/** The CLI's exit codes, documented in {@code --help} and the README. */
final class ExitCodes {
  private ExitCodes() {}

  /** Success. */
  static final int OK = 0;
  /** An internal error: a bug, never an ordinary mistake (I/O failures are usage errors). */
  static final int INTERNAL = 1;
  /** A usage error: unknown command or option, missing or malformed argument. */
  static final int USAGE = 2;
  /** Invalid input data: a document, record, model or policy that breaks a rule. */
  static final int INVALID_INPUT = 3;
  /**
   * Verification failed: a document against its registered digest (reported for every file, then
   * this code), or a model's or policy's signature under the trusted keys.
   */
  static final int VERIFICATION_FAILED = 4;

  /** The list shown under "Exit codes" in every command's help. */
  static final String[] HELP = {
    "0:Success.",
    "1:Internal error.",
    "2:Usage error (unknown command or option, bad argument).",
    "3:Invalid input data (the message gives the JSON Pointer and the rule).",
    "4:Verification failed (a document's digest, or a model/policy signature).",
  };
}
