package dev.parley.app;

import picocli.CommandLine.Option;

/** The {@code --cache} option of commands that may call models, defaulting to read-write. */
final class CacheOption {
  @Option(names = "--cache", paramLabel = "MODE", defaultValue = "read-write",
      description = "model reply cache in the store: read-write (default; a reply paid for is never asked again), "
          + "replay (offline: a reply not cached is an error), write-only or off")
  String cache;

  AgentSetup.CacheMode mode() {
    return AgentSetup.CacheMode.parse(cache);
  }
}
