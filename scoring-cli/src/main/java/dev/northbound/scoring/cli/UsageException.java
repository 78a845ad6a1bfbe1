package dev.northbound.scoring.cli;

/** A usage error found after parsing (for example a file that does not exist): exit code 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
