package dev.parley.app;

import dev.parley.core.episode.Provenance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.IVersionProvider;

/** Parley's version, the git commit it runs from, and provenance records built from them. */
final class Versions implements IVersionProvider {
  private static volatile String commit;

  static String version() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException ignored) {
      // fall through to "dev"
    }
    String v = p.getProperty("version", "dev");
    return v.startsWith("${") ? "dev" : v;
  }

  /**
   * The git commit: the {@code parley.commit} system property (set by the launcher), else asked of
   * git in the working directory, else "unknown". A trailing "-dirty" marks uncommitted changes.
   */
  static String commit() {
    String c = commit;
    if (c == null) {
      c = System.getProperty("parley.commit");
      if (c == null || c.isBlank()) {
        c = askGit();
      }
      commit = c;
    }
    return c;
  }

  private static String askGit() {
    try {
      String head = run("git", "rev-parse", "HEAD");
      if (head == null || head.isBlank()) {
        return "unknown";
      }
      String status = run("git", "status", "--porcelain", "--untracked-files=no");
      return head.strip() + (status != null && !status.isBlank() ? "-dirty" : "");
    } catch (IOException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return "unknown";
    }
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      return null;
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  /** First 16 hex digits of the SHA-256 of the settings, keys sorted. */
  static String hash(Map<String, String> settings) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, String> e : new TreeMap<>(settings).entrySet()) {
        md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 1);
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Provenance provenance(String gameVersionedId, Map<String, String> settings) {
    return new Provenance(version(), commit(), gameVersionedId, hash(settings));
  }

  @Override
  public String[] getVersion() {
    return new String[] {"parley " + version() + " (commit " + commit() + ")",
        "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")};
  }
}
