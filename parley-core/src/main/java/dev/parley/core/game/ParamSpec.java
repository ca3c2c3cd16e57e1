package dev.parley.core.game;

import java.util.List;
import java.util.Objects;

/**
 * One declared parameter of a game or agent: name, type, default (null when the parameter is
 * optional and has none), the accepted range or choices, and a one-line description.
 */
public record ParamSpec(
    String name,
    ParamType type,
    String defaultValue,
    double min,
    double max,
    List<String> choices,
    String description) {

  public ParamSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    choices = List.copyOf(choices);
    if (type == ParamType.CHOICE && choices.isEmpty()) {
      throw new IllegalArgumentException("choice parameter '" + name + "' needs choices");
    }
    if (min > max) {
      throw new IllegalArgumentException("parameter '" + name + "': min " + min + " > max " + max);
    }
  }

  public static ParamSpec integer(String name, long defaultValue, long min, long max, String description) {
    return new ParamSpec(name, ParamType.INT, Long.toString(defaultValue), min, max, List.of(), description);
  }

  public static ParamSpec real(String name, double defaultValue, double min, double max, String description) {
    return new ParamSpec(name, ParamType.DOUBLE, Params.formatNumber(defaultValue), min, max, List.of(),
        description);
  }

  public static ParamSpec bool(String name, boolean defaultValue, String description) {
    return new ParamSpec(name, ParamType.BOOL, Boolean.toString(defaultValue), 0, 0, List.of(), description);
  }

  public static ParamSpec text(String name, String defaultValue, String description) {
    return new ParamSpec(name, ParamType.STRING, defaultValue, 0, 0, List.of(), description);
  }

  public static ParamSpec choice(String name, String defaultValue, List<String> choices, String description) {
    return new ParamSpec(name, ParamType.CHOICE, defaultValue, 0, 0, choices, description);
  }

  public static ParamSpec numbers(String name, String defaultValue, String description) {
    return new ParamSpec(name, ParamType.NUMBERS, defaultValue, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, List.of(), description);
  }

  public static ParamSpec list(String name, String defaultValue, String description) {
    return new ParamSpec(name, ParamType.LIST, defaultValue, 0, 0, List.of(), description);
  }

  /** What values are accepted, for help text and error messages. */
  public String accepted() {
    return switch (type) {
      case INT, DOUBLE -> type.description() + range();
      case CHOICE -> "one of " + String.join(", ", choices);
      default -> type.description();
    };
  }

  private String range() {
    boolean lo = min != Double.NEGATIVE_INFINITY && min != Long.MIN_VALUE;
    boolean hi = max != Double.POSITIVE_INFINITY && max != Long.MAX_VALUE;
    if (lo && hi) {
      return " in [" + Params.formatNumber(min) + ", " + Params.formatNumber(max) + "]";
    }
    if (lo) {
      return " ≥ " + Params.formatNumber(min);
    }
    if (hi) {
      return " ≤ " + Params.formatNumber(max);
    }
    return "";
  }
}
