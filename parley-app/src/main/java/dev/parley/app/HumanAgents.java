package dev.parley.app;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.AgentProvider;
import dev.parley.core.agent.AgentType;
import dev.parley.core.agent.Decision;
import dev.parley.core.agent.EpisodeSummary;
import dev.parley.core.agent.MatchContext;
import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.Game;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.Params;
import dev.parley.core.game.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code human} agent: a person at the terminal sees what the seat sees, with the moves allowed,
 * and types a move; an answer that cannot be used is explained and asked again. Any game can be
 * played this way against scripted agents or models ({@code parley play GAME --agents human,tft}).
 */
public final class HumanAgents implements AgentProvider {
  static final int TRIES = 10;

  @Override
  public List<AgentType> agentTypes() {
    return List.of(new Human());
  }

  private static final class Human implements AgentType {
    @Override
    public String name() {
      return "human";
    }

    @Override
    public String description() {
      return "a person at the terminal: sees what the seat sees and types the move";
    }

    @Override
    public List<ParamSpec> parameters() {
      return List.of();
    }

    @Override
    public Optional<String> incompatibility(Game<?> game) {
      return Optional.empty();
    }

    @Override
    public boolean interactive() {
      return true;
    }

    @Override
    public <A> Agent<A> create(Params params, Game<A> game, AgentEnvironment environment) {
      Terminal terminal = environment.get(Terminal.class).orElseGet(Terminal::standard);
      return new Person<>(game, terminal);
    }
  }

  private static final class Person<A> implements Agent<A> {
    private final Game<A> game;
    private final Terminal terminal;
    private String seatName = "";
    private boolean ended;

    Person(Game<A> game, Terminal terminal) {
      this.game = game;
      this.terminal = terminal;
    }

    @Override
    public void begin(MatchContext context) {
      seatName = game.seatName(context.seat());
      terminal.show("\n== " + context.game() + ": you play " + seatName + " (seat " + context.seat() + ")");
    }

    @Override
    public Decision<A> act(Observation observation, List<A> legal) {
      if (ended) {
        return Decision.failed("no answer: the terminal's input ended", null);
      }
      ActionCodec<A> codec = game.codec();
      terminal.show("\n" + observation.text());
      List<String> choices = new ArrayList<>();
      for (A a : legal) {
        choices.add(codec.reply(a, observation));
      }
      terminal.show(codec.formatInstructions(observation) + (choices.isEmpty() ? ""
          : "\nAllowed: " + String.join(" | ", choices)));
      String problem = null;
      for (int t = 0; t < TRIES; t++) {
        String line = terminal.ask(seatName + "> ");
        if (line == null) {
          ended = true;
          return Decision.failed("no answer: the terminal's input ended", null);
        }
        ParseResult<A> r = codec.parse(line.strip());
        if (r instanceof ParseResult.Ok<A> ok && (legal.isEmpty() || legal.contains(ok.action()))) {
          return Decision.of(ok.action());
        }
        problem = r instanceof ParseResult.Malformed<A> m ? m.reason()
            : r instanceof ParseResult.NotLegal<A> n ? n.reason()
            : "that move is not allowed now";
        terminal.show("Cannot use that: " + problem);
      }
      return Decision.failed("no usable answer in " + TRIES + " tries; last problem: " + problem, null);
    }

    @Override
    public Decision<A> retry(Observation observation, List<A> legal, String problem, int attempt) {
      if (!ended) {
        terminal.show("The rules refused that move: " + problem);
      }
      return act(observation, legal);
    }

    @Override
    public void end(EpisodeSummary summary) {
      terminal.show("\n" + summary.finalObservation().text() + "\nGame over (" + summary.status() + "); returns "
          + summary.returns());
    }
  }
}
