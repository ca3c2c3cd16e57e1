package dev.parley.store;

import java.util.Locale;

/** The SQL databases Parley stores runs in. */
public enum Dialect {
  SQLITE("sqlite"),
  POSTGRESQL("postgresql");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** Folder of this dialect's migration scripts. */
  String folder() {
    return folder;
  }

  /** The dialect of a JDBC URL. */
  public static Dialect of(String jdbcUrl) {
    String u = jdbcUrl.toLowerCase(Locale.ROOT);
    if (u.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (u.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException("unsupported store '" + redact(jdbcUrl)
        + "': give a SQLite file path, jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
  }

  /** The URL with any password parameter hidden, for messages and logs. */
  public static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
  }
}
