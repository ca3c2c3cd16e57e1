package dev.parley.games.common;

/** Small text helpers shared by the game families' action codecs. */
public final class Texts {
  private static final int SHOWN = 60;

  private Texts() {}

  /**
   * {@code s} as quoted back in a parse error: unchanged up to 60 characters, else its first 57
   * followed by {@code ...}.
   */
  public static String abbreviate(String s) {
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN - 3) + "...";
  }
}
