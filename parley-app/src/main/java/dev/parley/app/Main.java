package dev.parley.app;

import dev.parley.core.spec.NameNotFoundException;
import dev.parley.core.spec.SpecSyntaxException;
import dev.parley.store.StoreException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code parley} command. */
public final class Main {
  /** Exit code for bad input (unknown game or agent, bad parameter, malformed file). */
  public static final int BAD_INPUT = 2;
  /** Exit code for a failure while running (store unavailable, agent crash outside policy). */
  public static final int FAILED = 1;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (tests call this). */
  public static int run(String... args) {
    CommandLine cmd = commandLine();
    return cmd.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new ParleyCommand());
    cmd.setExecutionExceptionHandler(Main::handle);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setUsageHelpWidth(110);
    return cmd;
  }

  private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof dev.parley.core.llm.ChatException ce) {
      err.println("parley: " + ce.getMessage());
      return ce.kind() == dev.parley.core.llm.ChatException.Kind.AUTHENTICATION ? BAD_INPUT : FAILED;
    }
    if (e instanceof StoreException) {
      err.println("parley: store error: " + e.getMessage());
      return FAILED;
    }
    if (e instanceof NameNotFoundException || e instanceof SpecSyntaxException || e instanceof BadInputException
        || e instanceof IllegalArgumentException) {
      err.println("parley: " + e.getMessage());
      return BAD_INPUT;
    }
    if (e instanceof IllegalStateException && e.getCause() == null) {
      err.println("parley: " + e.getMessage());
      return FAILED;
    }
    err.println("parley: failed: " + e);
    e.printStackTrace(err);
    return FAILED;
  }
}
