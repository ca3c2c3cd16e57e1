package dev.parley.core.game;

/**
 * Canonical text for actions (used in logs, storage and prompts) and the way back.
 *
 * <p>{@code parse(encode(a))} is {@code Ok(a)} for every action {@code a}.
 */
public interface ActionCodec<A> {

  /** Canonical text of an action. */
  String encode(A action);

  /** Parses text into an action without looking at legality: {@code Ok} or {@code Malformed}. */
  ParseResult<A> parse(String text);

  /** Parses text and checks it against the rules for {@code seat} in {@code state}. */
  default ParseResult<A> parse(String text, GameState<A> state, int seat) {
    ParseResult<A> r = parse(text);
    if (r instanceof ParseResult.Ok<A> ok) {
      var problem = state.check(seat, ok.action());
      if (problem.isPresent()) {
        return new ParseResult.NotLegal<>(ok.action(), problem.get());
      }
    }
    return r;
  }

  /**
   * Canonical text of the action's move without its talk: in language games that separate talk
   * from moves (DESIGN: the engine checks moves, talk is recorded), two actions with the same move
   * and different talk give the same text here. Games without talk return {@link #encode}.
   */
  default String move(A action) {
    return encode(action);
  }

  /**
   * The answer a player who follows {@link #formatInstructions(Observation)} writes for this
   * action: what a scripted decision becomes as the completion of a preference record, so that a
   * model trained on it answers in the words its prompt asks for. {@code parse(reply(a, o))} gives
   * {@code a} (the conformance suite checks it). Games whose canonical text is what players are
   * asked to write return {@link #encode}.
   */
  default String reply(A action, Observation observation) {
    return encode(action);
  }

  /** How an agent should write its move, for prompts. */
  String formatInstructions(GameState<A> state, int seat);

  /**
   * How the seat that sees {@code observation} should write its move: what a model-driven agent,
   * which has only its observation, puts in its prompt. Codecs whose instructions depend on more
   * than the seat read the observation's fields.
   */
  default String formatInstructions(Observation observation) {
    return formatInstructions(null, observation.seat());
  }
}
