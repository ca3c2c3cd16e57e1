package dev.parley.app;

import dev.parley.analysis.shapley.ExactShapley;
import dev.parley.analysis.shapley.ShapleyValues;
import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.agent.Decision;
import dev.parley.core.agent.MatchContext;
import dev.parley.core.engine.Seeds;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.GameState;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParseResult;
import dev.parley.core.spec.SpecList;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Shapley attribution of a model-driven agent's choice to the parts of its prompt: for every subset
 * of the parts (observation sections such as rules and history, the persona, the strategy hint) the
 * agent decides {@code samples} times with only that subset, and the value of the subset is the
 * share of decisions that chose the target action; the Shapley value of a part is its average
 * marginal contribution over all orders (exact, 2^n subsets).
 */
@Command(name = "attribute", mixinStandardHelpOptions = true,
    description = {"Attribute a model agent's choice to the parts of its prompt with Shapley values: the agent",
        "decides SAMPLES times for every subset of the parts, and a subset's value is the share of decisions",
        "that chose the target action."},
    footer = {"", "Example:",
        "  parley attribute 'repeated(stage=pd,rounds=5)' --moves 'C|D,D|D' --seat 0 --target C \\",
        "    --agent 'openai:gpt-4o-mini?temperature=1&persona=You are generous.&hint=Forgive once.' \\",
        "    --parts rules,history,persona,hint --samples 20"})
final class AttributeCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "GAME", description = "game spec")
  String game;

  @Option(names = "--agent", required = true, description = "a model agent spec (llm(...) or a model spec)")
  String agent;

  @Option(names = "--moves", defaultValue = "", description = "moves from the start, comma-separated; a joint move "
      + "is written a|b, e.g. 'C|D,D|D' (default: none)")
  String moves;

  @Option(names = "--seat", defaultValue = "0", description = "the seat to question (default: ${DEFAULT-VALUE})")
  int seat;

  @Option(names = "--target", required = true, description = "the action whose probability is attributed")
  String target;

  @Option(names = "--parts", defaultValue = "rules,history,persona,hint",
      description = "prompt parts to attribute (default: ${DEFAULT-VALUE})")
  String parts;

  @Option(names = "--samples", defaultValue = "10", description = "decisions per subset (default: ${DEFAULT-VALUE})")
  int samples;

  @Mixin
  StoreOption store;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Game<?> g = GameRegistry.discover().load(game);
    if (samples < 1) {
      throw new BadInputException("--samples must be ≥ 1, got " + samples);
    }
    List<String> names = SpecList.split(parts);
    if (names.size() > 12) {
      throw new BadInputException("at most 12 parts (2^n subsets are asked), got " + names.size());
    }
    try (AgentSetup setup = AgentSetup.open(store.target(), AgentSetup.CacheMode.READ_WRITE)) {
      attribute(out, g, names, setup);
    }
  }

  private <A> void attribute(PrintWriter out, Game<A> g, List<String> names, AgentSetup setup) {
    GameState<A> state = g.newInitialState();
    for (String move : moves.isBlank() ? List.<String>of() : SpecList.split(moves)) {
      List<A> joint = new ArrayList<>();
      for (String a : move.split("\\|")) {
        ParseResult<A> p = g.codec().parse(a.strip());
        if (!(p instanceof ParseResult.Ok<A> ok)) {
          throw new BadInputException("--moves: '" + a + "' is not an action of " + g + " (" + p + ")");
        }
        joint.add(ok.action());
      }
      if (joint.size() != state.turn().count()) {
        throw new BadInputException("--moves: '" + move + "' has " + joint.size() + " action(s) but " + state.turn()
            + " moves now");
      }
      state = joint.size() == 1 ? state.apply(joint.get(0)) : state.applyJoint(joint);
    }
    if (!state.turn().includes(seat) || state.turn().isChance()) {
      throw new BadInputException("seat " + seat + " does not move after --moves (" + state.turn() + ")");
    }
    ParseResult<A> t = g.codec().parse(target);
    if (!(t instanceof ParseResult.Ok<A> okTarget)) {
      throw new BadInputException("--target '" + target + "' is not an action of " + g);
    }
    A targetAction = okTarget.action();
    Observation obs = g.observe(state, seat);
    List<A> legal = state.legalActions(seat);
    AgentRegistry registry = AgentRegistry.discover(setup.environment());
    String base = agent.contains("(") || !agent.contains(":") ? agent : null;
    Map<Long, Double> cache = new HashMap<>();
    int n = names.size();
    ShapleyValues values = new ExactShapley().compute(n, coalition -> cache.computeIfAbsent(coalition, c -> {
      List<String> omitted = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if ((c & (1L << i)) == 0) {
          omitted.add(names.get(i));
        }
      }
      String withOmit = withOmit(base, omitted);
      AgentFactory<A> f = registry.factory(withOmit, g);
      int hits = 0;
      for (int k = 0; k < samples; k++) {
        Agent<A> a = f.create();
        a.begin(new MatchContext("attribute", k, g.toString(), seat, g.numPlayers(), Seeds.derive(k, 0xa77L)));
        Decision<A> d = a.act(obs, legal);
        if (d.hasAction() && d.action().equals(targetAction)) {
          hits++;
        }
      }
      return (double) hits / samples;
    }));
    out.printf(Locale.ROOT, "P(%s) with every part: %.3f; with none: %.3f (%d samples per subset, %d subsets)%n",
        target, values.grandValue(), values.emptyValue(), samples, 1 << n);
    for (int i = 0; i < n; i++) {
      out.printf(Locale.ROOT, "  %-12s %+.4f%n", names.get(i), values.value(i));
    }
    out.printf(Locale.ROOT, "  %-12s %+.4f (= P(all) − P(none))%n", "sum", values.sum());
    setup.printUsage(out);
  }

  /** The agent spec with {@code omit=[...]} set. */
  private String withOmit(String explicit, List<String> omitted) {
    String list = "[" + String.join(",", omitted) + "]";
    if (explicit == null) {
      return agent + (agent.contains("?") ? "&" : "?") + "omit=" + list;
    }
    if (explicit.endsWith(")")) {
      return explicit.substring(0, explicit.length() - 1) + ",omit=" + list + ")";
    }
    return explicit + "(omit=" + list + ")";
  }
}
