package dev.parley.store;

/** A failure of the database behind a store; the message says which operation and why. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
