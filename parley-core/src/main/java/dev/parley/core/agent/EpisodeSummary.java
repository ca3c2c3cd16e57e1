package dev.parley.core.agent;

import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.game.Observation;
import java.util.List;

/** Told to each agent when an episode ends: its last view of the game and everyone's returns. */
public record EpisodeSummary(int seat, Observation finalObservation, List<Double> returns, EpisodeStatus status) {}
