package dev.parley.app;

/** Input the user must fix: a file, an option or a value. The message says what and how. */
final class BadInputException extends RuntimeException {
  BadInputException(String message) {
    super(message);
  }

  BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
