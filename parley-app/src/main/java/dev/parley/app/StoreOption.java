package dev.parley.app;

import dev.parley.store.JdbcRunStore;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by commands that read or write runs. */
final class StoreOption {
  static final String DEFAULT = "parley.db";

  @Option(names = "--store", paramLabel = "STORE",
      description = "SQLite file or JDBC URL (jdbc:sqlite:FILE, jdbc:postgresql://HOST/DB); "
          + "default: $PARLEY_STORE or " + DEFAULT)
  String store;

  String target() {
    if (store != null && !store.isBlank()) {
      return store;
    }
    String env = System.getenv("PARLEY_STORE");
    return env != null && !env.isBlank() ? env : DEFAULT;
  }

  /** The option as given, to repeat in a suggested command (with a leading space); empty when not given. */
  String flag() {
    if (store == null) {
      return "";
    }
    boolean plain = store.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_./:=@%+,".indexOf(c) >= 0);
    return " --store " + (plain ? store : "'" + store.replace("'", "'\\''") + "'");
  }

  JdbcRunStore open() {
    return JdbcRunStore.open(target());
  }
}
