package dev.parley.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The person at the keyboard, for agents and judges that ask a human: text is shown on the error
 * stream (standard output stays the command's result), answers are read a line at a time. One
 * terminal serves a whole run; calls are serialised so that two seats never ask at once.
 */
final class Terminal {
  private final InputStream in;
  private final PrintStream out;
  private BufferedReader reader;

  Terminal(InputStream in, PrintStream out) {
    this.in = in;
    this.out = out;
  }

  private static Terminal standard;

  /**
   * The terminal of the process's standard input (prompts on standard error), one for the whole
   * process, so that read-ahead never takes lines meant for another reader.
   */
  static synchronized Terminal standard() {
    if (standard == null || standard.in != System.in || standard.out != System.err) {
      standard = new Terminal(System.in, System.err);
    }
    return standard;
  }

  synchronized void show(String text) {
    out.println(text);
    out.flush();
  }

  /** Shows {@code prompt} and reads one line; null when the input has ended. */
  synchronized String ask(String prompt) {
    out.print(prompt);
    out.flush();
    try {
      if (reader == null) {
        reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      return reader.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read from the terminal: " + e.getMessage(), e);
    }
  }
}
