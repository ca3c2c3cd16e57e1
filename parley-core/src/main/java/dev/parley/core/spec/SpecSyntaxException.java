package dev.parley.core.spec;

/** A spec string that does not parse; the message shows where. */
public final class SpecSyntaxException extends IllegalArgumentException {
  private final String source;
  private final int position;

  public SpecSyntaxException(String problem, String source, int position) {
    super(problem + " at position " + position + " in '" + source + "'");
    this.source = source;
    this.position = position;
  }

  public String source() {
    return source;
  }

  public int position() {
    return position;
  }
}
