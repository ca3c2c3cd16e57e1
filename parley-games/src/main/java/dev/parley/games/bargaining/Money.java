package dev.parley.games.bargaining;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices in whole cents ({@code long}) and their text: {@code 1500} is written {@code 15.00} in
 * action text and {@code $15.00} in messages. Also the free-text rule of GPT-Bargaining (Fu et al.
 * 2023, REFERENCE §1.1): the price a message names is its last dollar amount.
 */
final class Money {
  /** Amounts above this many cents are treated as this many (far outside any allowed range). */
  static final long HUGE = 1_000_000_000_000_000L;

  /** A dollar amount: {@code $} then digits, optional thousands commas, optional decimals. */
  private static final Pattern DOLLARS =
      Pattern.compile("\\$\\s?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private Money() {}

  /** {@code 1500 → "15.00"}. */
  static String plain(long cents) {
    if (cents < 0) {
      throw new IllegalArgumentException("cents must be ≥ 0, was " + cents);
    }
    long d = cents / 100;
    long c = cents % 100;
    return d + "." + (c < 10 ? "0" : "") + c;
  }

  /** {@code 1500 → "$15.00"}. */
  static String dollars(long cents) {
    return "$" + plain(cents);
  }

  /** Cents as dollars (a JSON-safe number for observation fields and metrics). */
  static double toDollars(long cents) {
    return cents / 100.0;
  }

  /**
   * Whole cents of a dollar parameter of the game, failing with a message that names the parameter
   * when the value is not a whole number of cents.
   */
  static long centsOf(String name, double dollars) {
    return centsOf("game bargaining", name, dollars);
  }

  /** Whole cents of a dollar parameter of {@code owner} (e.g. {@code agent boulware}). */
  static long centsOf(String owner, String name, double dollars) {
    double scaled = dollars * 100;
    long cents = Math.round(scaled);
    if (Math.abs(scaled - cents) > 1e-6) {
      throw new IllegalArgumentException("parameter '" + name + "' of " + owner + ": " + dollars
          + " is not a whole number of cents");
    }
    return cents;
  }

  /**
   * Cents of a decimal number written without a dollar sign ({@code 15}, {@code 15.5},
   * {@code 1,500.25}), or −1 when it has more than two decimals.
   */
  static long parsePlain(String number) {
    BigDecimal d = new BigDecimal(number.replace(",", ""));
    if (d.scale() > 2) {
      return -1;
    }
    return clampHuge(d);
  }

  /** The last dollar amount in {@code message} in cents (rounded half up), or −1 when none. */
  static long lastDollarAmount(String message) {
    Matcher m = DOLLARS.matcher(message);
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    if (last == null) {
      return -1;
    }
    BigDecimal d = new BigDecimal(last.replace(",", "")).setScale(2, RoundingMode.HALF_UP);
    return clampHuge(d);
  }

  /** True when the text contains any digit: the paper's "has a number" test for calling the moderator. */
  static boolean hasNumber(String message) {
    return DIGIT.matcher(message).find();
  }

  private static long clampHuge(BigDecimal dollars) {
    BigDecimal cents = dollars.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
    return cents.compareTo(BigDecimal.valueOf(HUGE)) > 0 ? HUGE : cents.longValueExact();
  }
}
