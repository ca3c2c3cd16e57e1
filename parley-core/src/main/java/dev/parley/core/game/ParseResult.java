package dev.parley.core.game;

/** The outcome of parsing an agent's text into an action. */
public sealed interface ParseResult<A> {

  /** A well-formed action (legal, when parsed against a state). */
  record Ok<A>(A action) implements ParseResult<A> {}

  /** Text that does not name an action; {@code reason} says what was expected. */
  record Malformed<A>(String reason) implements ParseResult<A> {}

  /** A well-formed action that the rules forbid now. */
  record NotLegal<A>(A action, String reason) implements ParseResult<A> {}

  default boolean isOk() {
    return this instanceof Ok;
  }
}
