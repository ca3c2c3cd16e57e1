package dev.parley.core.game;

/** The kinds of value a game or agent parameter may take. */
public enum ParamType {
  INT("an integer"),
  DOUBLE("a number"),
  BOOL("true or false"),
  STRING("text"),
  CHOICE("one of the listed choices"),
  NUMBERS("a bracketed list of numbers, nested as needed, e.g. [[3,3],[0,5]]"),
  LIST("a bracketed list of names, e.g. [J,F]");

  private final String description;

  ParamType(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
