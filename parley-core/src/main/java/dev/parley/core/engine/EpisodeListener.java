package dev.parley.core.engine;

import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Step;
import dev.parley.core.episode.Violation;

/** Live progress of one episode (for UIs and logs). Called on the thread running the episode. */
public interface EpisodeListener {
  EpisodeListener NONE = new EpisodeListener() {};

  default void onStep(Step step) {}

  default void onViolation(Violation violation) {}

  default void onEnd(Episode episode) {}
}
