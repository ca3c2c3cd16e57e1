package dev.parley.games.bargaining;

import dev.parley.core.critic.Critic;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Step;
import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.ParamType;
import dev.parley.core.game.Params;
import dev.parley.core.game.ParseResult;
import dev.parley.core.spec.Spec;
import dev.parley.games.common.RuleCritiqued;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Bilateral price bargaining over one item, after GPT-Bargaining (Fu, Peng, Khot, Lapata 2023;
 * REFERENCE §1.1). <b>Seat 0 is the seller, seat 1 the buyer</b>; in free-text mode seat 2 is the
 * moderator. A scripted opening comes first (the buyer asks the price, the seller states its
 * opening price, the buyer proposes its opening price); then the seller and the buyer speak in
 * turn, the seller first, for at most {@code rounds} rounds of one seller and one buyer message.
 *
 * <p><b>Structured mode</b> (default): every message is a move checked by the engine with talk
 * beside it: {@code OFFER(price)} sets the speaker's standing offer; {@code ACCEPT} closes a deal
 * at the other seat's standing offer; {@code WALK} ends without a deal. The openings are the two
 * first standing offers. Running out of rounds ends without a deal. Talk never changes a move.
 *
 * <p><b>Free-text mode</b> ({@code mode=free-text}) reproduces the paper's protocol: messages are
 * free text; the price on the table is the last dollar amount in the most recent message that
 * names one; a moderator seat judges after a message whether a deal was reached ({@code DEAL}, at
 * that price), the talks broke down ({@code NO_DEAL}) or go on ({@code ONGOING}). With
 * {@code consult=paper} the moderator is first consulted once one of the last two messages has no
 * number, and after every message from then on; with {@code consult=always} after every message.
 * After {@code no_deal_after} ongoing verdicts the game ends without a deal. Any agent can sit in
 * the moderator seat: the scripted {@code regex-moderator} or a language model reading the
 * moderator's observation. The moderator sees the conversation (the last {@code judge_window}
 * messages in its text), never the private values; the buyer and seller never see its verdicts.
 *
 * <p><b>Private values</b> (optional): {@code seller_reserve}, the price the seller can get
 * elsewhere, and {@code buyer_value}, what the item is worth to the buyer. The seller's cost is
 * private to the seller too. No observation shows a seat another seat's private values.
 *
 * <p><b>Utilities</b> (returns, in dollars): seller {@code price − cost} on a deal, and on no deal
 * {@code seller_reserve − cost} when a reserve is set, else 0. Buyer {@code value − price} on a
 * deal, where value is {@code buyer_value} when set and otherwise the seller's opening price (the
 * discount won off the first asking price); 0 on no deal. So a deal at a seat's own reservation
 * price is worth exactly as much as no deal. The moderator's return is always 0.
 *
 * <p>Prices are whole cents from $0.01 to {@code max_price}. For random and scripted play each
 * buyer/seller turn lists a finite sample of moves (accept, walk and offers on an 11-point grid
 * between the two openings; in free-text mode canned messages naming those prices); {@code check}
 * accepts any valid move, and {@link GameState#hasOpenActions} is true for those turns.
 */
public final class BargainingGame implements Game<BargainAction>, RuleCritiqued {
  /** Seat of the seller. */
  public static final int SELLER = 0;
  /** Seat of the buyer. */
  public static final int BUYER = 1;
  /** Seat of the moderator (free-text mode only). */
  public static final int MODERATOR = 2;
  /** Number of prices on the listed offer grid. */
  static final int GRID_POINTS = 11;

  /** How messages are read. */
  public enum Mode {
    STRUCTURED("structured"), FREE_TEXT("free-text");

    private final String label;

    Mode(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private record Preset(double cost, double sellerOpening, double buyerOpening, int rounds) {}

  private static final Map<String, Preset> PRESETS = Map.of(
      "balloon", new Preset(8, 20, 10, 10),
      "diamond", new Preset(50, 2000, 500, 50));
  private static final Pattern ITEM_NAME = Pattern.compile("[a-z][a-z0-9-]*");

  static final ParamSpec MODE = ParamSpec.choice("mode", "structured", List.of("structured", "free-text"),
      "structured: engine-checked OFFER/ACCEPT/WALK with talk; free-text: the paper's protocol with a moderator seat");
  static final ParamSpec ITEM = ParamSpec.text("item", "balloon",
      "the item sold: balloon or diamond (presets of REFERENCE §1.1), or any name with explicit prices");
  static final ParamSpec SELLER_COST = dollars("seller_cost",
      "what the item cost the seller, private to the seller (default: balloon 8, diamond 50)");
  static final ParamSpec SELLER_OPENING = dollars("seller_opening",
      "the seller's scripted opening price (default: balloon 20, diamond 2000)");
  static final ParamSpec BUYER_OPENING = dollars("buyer_opening",
      "the buyer's scripted opening price (default: balloon 10, diamond 500)");
  static final ParamSpec ROUNDS = new ParamSpec("rounds", ParamType.INT, null, 1, 1000, List.of(),
      "most rounds after the opening; a round is one seller then one buyer message (default: balloon 10, diamond 50)");
  static final ParamSpec MAX_PRICE = dollars("max_price",
      "highest price anyone may offer (default: 10 × seller_opening)");
  static final ParamSpec SELLER_RESERVE = dollars("seller_reserve",
      "optional, private to the seller: the price it can get elsewhere (its no-deal value is this minus cost)");
  static final ParamSpec BUYER_VALUE = dollars("buyer_value",
      "optional, private to the buyer: what the item is worth to it (its utility is this minus the price)");
  static final ParamSpec CONSULT = new ParamSpec("consult", ParamType.CHOICE, null, 0, 0, List.of("paper", "always"),
      "free-text mode: when the moderator judges; paper = from the first time one of the last two messages has "
          + "no number on, always = after every message (default paper)");
  static final ParamSpec NO_DEAL_AFTER = new ParamSpec("no_deal_after", ParamType.INT, null, 1, 10_000, List.of(),
      "free-text mode: the game ends without a deal after this many ONGOING verdicts (default 10, as in the paper)");
  static final ParamSpec JUDGE_WINDOW = new ParamSpec("judge_window", ParamType.INT, null, 0, 10_000, List.of(),
      "free-text mode: messages shown in the moderator's text, 0 = all (default 4)");

  /** The game type {@code bargaining}. */
  public static final GameType TYPE = GameType.builder("bargaining")
      .description("Buyer and seller haggle over one item (GPT-Bargaining); structured moves or the paper's free text")
      .dynamics(GameType.Dynamics.SEQUENTIAL)
      .information(GameType.Information.IMPERFECT)
      .utility(GameType.UtilityKind.GENERAL_SUM)
      .rewardModel(GameType.RewardModel.TERMINAL)
      .players(2, 3)
      .parameters(List.of(MODE, ITEM, SELLER_COST, SELLER_OPENING, BUYER_OPENING, ROUNDS, MAX_PRICE, SELLER_RESERVE,
          BUYER_VALUE, CONSULT, NO_DEAL_AFTER, JUDGE_WINDOW))
      .capabilities(GameType.Capability.TEXT_OBSERVATIONS, GameType.Capability.INFORMATION_STATE_KEYS,
          GameType.Capability.CHEAP_TALK, GameType.Capability.OPEN_ACTIONS)
      .build();

  private final Mode mode;
  private final String item;
  private final long cost;
  private final long sellerOpening;
  private final long buyerOpening;
  private final int rounds;
  private final long maxPrice;
  private final long reserve;
  private final long value;
  private final boolean consultAlways;
  private final int noDealAfter;
  private final int judgeWindow;
  private final Params params;
  private final String spec;
  private final BargainingCodec codec;
  private final List<String> opening;
  private final List<BargainAction> negotiatorSample;
  private final List<BargainAction> verdicts;
  private final List<BargainAction> verdictsWithoutDeal;
  private final BargainingState initial;

  BargainingGame(Params raw) {
    this.mode = raw.text("mode").equals("free-text") ? Mode.FREE_TEXT : Mode.STRUCTURED;
    this.item = raw.text("item");
    if (!ITEM_NAME.matcher(item).matches()) {
      throw new IllegalArgumentException("parameter 'item' of game bargaining: '" + item
          + "' is not a name of lower-case letters, digits and -");
    }
    Preset preset = PRESETS.get(item);
    if (preset == null) {
      for (ParamSpec p : List.of(SELLER_COST, SELLER_OPENING, BUYER_OPENING)) {
        if (!raw.has(p.name())) {
          throw new IllegalArgumentException("item '" + item + "' has no preset (presets: balloon, diamond); give "
              + p.name() + " as well as seller_cost, seller_opening and buyer_opening");
        }
      }
    }
    this.cost = cents(raw, SELLER_COST, preset == null ? 0 : preset.cost());
    this.sellerOpening = cents(raw, SELLER_OPENING, preset == null ? 0 : preset.sellerOpening());
    this.buyerOpening = cents(raw, BUYER_OPENING, preset == null ? 0 : preset.buyerOpening());
    this.rounds = raw.has("rounds") ? raw.intValue("rounds") : preset == null ? 10 : preset.rounds();
    this.maxPrice = raw.has("max_price") ? Money.centsOf("max_price", raw.real("max_price")) : 10 * sellerOpening;
    this.reserve = raw.has("seller_reserve") ? Money.centsOf("seller_reserve", raw.real("seller_reserve")) : -1;
    this.value = raw.has("buyer_value") ? Money.centsOf("buyer_value", raw.real("buyer_value")) : -1;
    if (buyerOpening < 1) {
      throw new IllegalArgumentException("parameter 'buyer_opening' of game bargaining: must be at least 0.01, was "
          + Money.plain(Math.max(0, buyerOpening)));
    }
    if (buyerOpening >= sellerOpening) {
      throw new IllegalArgumentException("parameter 'buyer_opening' of game bargaining: "
          + Money.plain(buyerOpening) + " must be below seller_opening " + Money.plain(sellerOpening));
    }
    if (maxPrice < sellerOpening) {
      throw new IllegalArgumentException("parameter 'max_price' of game bargaining: " + Money.plain(maxPrice)
          + " must be at least seller_opening " + Money.plain(sellerOpening));
    }
    for (String p : List.of("seller_reserve", "buyer_value")) {
      long v = p.equals("seller_reserve") ? reserve : value;
      if (v > maxPrice) {
        throw new IllegalArgumentException("parameter '" + p + "' of game bargaining: " + Money.plain(v)
            + " is above max_price " + Money.plain(maxPrice));
      }
    }
    if (mode == Mode.STRUCTURED) {
      for (ParamSpec p : List.of(CONSULT, NO_DEAL_AFTER, JUDGE_WINDOW)) {
        if (raw.has(p.name())) {
          throw new IllegalArgumentException("parameter '" + p.name() + "' of game bargaining applies to "
              + "mode=free-text only");
        }
      }
    }
    this.consultAlways = raw.has("consult") && raw.text("consult").equals("always");
    this.noDealAfter = raw.has("no_deal_after") ? raw.intValue("no_deal_after") : 10;
    this.judgeWindow = raw.has("judge_window") ? raw.intValue("judge_window") : 4;

    Map<String, String> canonical = new LinkedHashMap<>();
    canonical.put("mode", mode.label());
    canonical.put("item", item);
    canonical.put("seller_cost", Params.formatNumber(Money.toDollars(cost)));
    canonical.put("seller_opening", Params.formatNumber(Money.toDollars(sellerOpening)));
    canonical.put("buyer_opening", Params.formatNumber(Money.toDollars(buyerOpening)));
    canonical.put("rounds", Integer.toString(rounds));
    canonical.put("max_price", Params.formatNumber(Money.toDollars(maxPrice)));
    if (reserve >= 0) {
      canonical.put("seller_reserve", Params.formatNumber(Money.toDollars(reserve)));
    }
    if (value >= 0) {
      canonical.put("buyer_value", Params.formatNumber(Money.toDollars(value)));
    }
    if (mode == Mode.FREE_TEXT) {
      canonical.put("consult", consultAlways ? "always" : "paper");
      canonical.put("no_deal_after", Integer.toString(noDealAfter));
      canonical.put("judge_window", Integer.toString(judgeWindow));
    }
    this.params = Params.bind("game bargaining", TYPE.parameters(), canonical);
    this.spec = Spec.of(TYPE.id(), canonical).toString();
    this.codec = new BargainingCodec(this);
    this.opening = List.of("Hi, how much do you want for the " + item + "?",
        "Hello! This " + item + " is in great shape, and the price is " + Money.dollars(sellerOpening) + ".",
        "Would you sell it for " + Money.dollars(buyerOpening) + "?");
    this.negotiatorSample = sample();
    this.verdicts = List.of(BargainAction.verdict(BargainAction.Kind.DEAL),
        BargainAction.verdict(BargainAction.Kind.ONGOING), BargainAction.verdict(BargainAction.Kind.NO_DEAL));
    this.verdictsWithoutDeal = verdicts.subList(1, 3);
    this.initial = BargainingState.initial(this);
  }

  private static ParamSpec dollars(String name, String description) {
    return new ParamSpec(name, ParamType.DOUBLE, null, 0, 1e9, List.of(), description);
  }

  private static long cents(Params raw, ParamSpec p, double preset) {
    return Money.centsOf(p.name(), raw.has(p.name()) ? raw.real(p.name()) : preset);
  }

  /** The listed moves of a buyer/seller turn: a finite, sorted sample of an open action space. */
  private List<BargainAction> sample() {
    TreeSet<BargainAction> s = new TreeSet<>();
    for (long p : grid()) {
      s.add(mode == Mode.STRUCTURED ? BargainAction.offer(p, "") : BargainAction.say("How about " + Money.dollars(p) + "?"));
    }
    if (mode == Mode.STRUCTURED) {
      s.add(BargainAction.accept(""));
      s.add(BargainAction.walk(""));
    } else {
      s.add(BargainAction.say("Deal."));
      s.add(BargainAction.say("No thanks, I am walking away."));
      s.add(BargainAction.say("Let me think about that."));
    }
    return List.copyOf(s);
  }

  /** The offer grid: {@link #GRID_POINTS} evenly spaced prices from the buyer's to the seller's opening. */
  List<Long> grid() {
    TreeSet<Long> g = new TreeSet<>();
    for (int i = 0; i < GRID_POINTS; i++) {
      g.add(buyerOpening + Math.round((sellerOpening - buyerOpening) * (double) i / (GRID_POINTS - 1)));
    }
    return List.copyOf(g);
  }

  List<BargainAction> negotiatorSample() {
    return negotiatorSample;
  }

  List<BargainAction> verdicts(boolean dealAllowed) {
    return dealAllowed ? verdicts : verdictsWithoutDeal;
  }

  // ---- facts ----

  public Mode mode() {
    return mode;
  }

  public boolean freeText() {
    return mode == Mode.FREE_TEXT;
  }

  public String item() {
    return item;
  }

  /** The seller's cost in cents (private to the seller). */
  public long costCents() {
    return cost;
  }

  public long sellerOpeningCents() {
    return sellerOpening;
  }

  public long buyerOpeningCents() {
    return buyerOpening;
  }

  /** The scripted opening price of {@code seat} (seller or buyer). */
  public long openingCents(int seat) {
    return seat == SELLER ? sellerOpening : buyerOpening;
  }

  public int rounds() {
    return rounds;
  }

  public long maxPriceCents() {
    return maxPrice;
  }

  /** The seller's reserve in cents, if set (private to the seller). */
  public Optional<Long> sellerReserveCents() {
    return reserve < 0 ? Optional.empty() : Optional.of(reserve);
  }

  /** The buyer's value in cents, if set (private to the buyer). */
  public Optional<Long> buyerValueCents() {
    return value < 0 ? Optional.empty() : Optional.of(value);
  }

  boolean consultAlways() {
    return consultAlways;
  }

  int noDealAfter() {
    return noDealAfter;
  }

  int judgeWindow() {
    return judgeWindow;
  }

  /** The three scripted opening messages: buyer, seller, buyer. */
  List<String> opening() {
    return opening;
  }

  /** True when {@code cents} is an allowed price. */
  boolean allowed(long cents) {
    return cents >= 1 && cents <= maxPrice;
  }

  /** The seat's return on a deal at {@code cents}. */
  double dealUtility(int seat, long cents) {
    return switch (seat) {
      case SELLER -> Money.toDollars(cents - cost);
      case BUYER -> Money.toDollars((value >= 0 ? value : sellerOpening) - cents);
      default -> 0;
    };
  }

  /** The seat's return when there is no deal. */
  double noDealUtility(int seat) {
    return seat == SELLER && reserve >= 0 ? Money.toDollars(reserve - cost) : 0;
  }

  /** Role name of a seat: seller, buyer or moderator. */
  public static String role(int seat) {
    return switch (seat) {
      case SELLER -> "seller";
      case BUYER -> "buyer";
      case MODERATOR -> "moderator";
      default -> throw new IllegalArgumentException("no seat " + seat + " in bargaining");
    };
  }

  /** A name for a seat: {@code seller}, {@code buyer}, {@code moderator}. */
  @Override
  public String seatName(int seat) {
    return role(seat);
  }

  // ---- Game ----

  @Override
  public GameType type() {
    return TYPE;
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public int numPlayers() {
    return mode == Mode.FREE_TEXT ? 3 : 2;
  }

  @Override
  public GameState<BargainAction> newInitialState() {
    return initial;
  }

  @Override
  public Observation observe(GameState<BargainAction> state, int seat) {
    if (seat < 0 || seat >= numPlayers()) {
      throw new IllegalArgumentException("seat must be in 0.." + (numPlayers() - 1) + ", was " + seat);
    }
    return new BargainingObservation(this, (BargainingState) state, seat);
  }

  @Override
  public ActionCodec<BargainAction> codec() {
    return codec;
  }

  @Override
  public String rules() {
    return BargainingObservation.rules(this, -1);
  }

  @Override
  public double minReturn() {
    return Math.min(Math.min(dealUtility(SELLER, 1), dealUtility(BUYER, maxPrice)),
        Math.min(noDealUtility(SELLER), 0));
  }

  @Override
  public double maxReturn() {
    return Math.max(Math.max(dealUtility(SELLER, maxPrice), dealUtility(BUYER, 1)),
        Math.max(noDealUtility(SELLER), 0));
  }

  /**
   * A buyer or seller that gives no usable move repeats its standing offer (free text: says so,
   * naming that price); the moderator's default verdict is {@code ONGOING}.
   */
  @Override
  public Optional<BargainAction> defaultAction(GameState<BargainAction> state, int seat) {
    BargainingState s = (BargainingState) state;
    if (s.isTerminal() || s.mover() != seat) {
      return Optional.empty();
    }
    if (seat == MODERATOR) {
      return Optional.of(BargainAction.verdict(BargainAction.Kind.ONGOING));
    }
    long standing = s.standing(seat);
    return Optional.of(mode == Mode.STRUCTURED ? BargainAction.offer(standing, "")
        : BargainAction.say("I stay at " + Money.dollars(standing) + "."));
  }

  /** The offender gets {@link #minReturn()}; everyone else gets what no deal is worth to them. */
  @Override
  public double[] forfeitReturns(GameState<BargainAction> state, int offender) {
    double[] r = new double[numPlayers()];
    for (int s = 0; s < r.length; s++) {
      r[s] = s == offender ? minReturn() : noDealUtility(s);
    }
    return r;
  }

  /**
   * How the episode went for {@code seat}: {@code deal} (0/1), {@code price} (dollars, NaN without
   * a deal), {@code turns} (buyer and seller messages after the opening), {@code message_length}
   * (mean characters of the seat's talk, NaN if it spoke no message), {@code utility} (the seat's
   * return, see the class comment), {@code first_offer} (the first price the seat put on the
   * table after the opening, NaN if none) and {@code in_range} (1 when the deal price lies strictly
   * between the two openings, the paper's valid range; 0 otherwise).
   */
  @Override
  public Map<String, Double> metrics(Episode episode, int seat) {
    Transcript t = transcript(episode);
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("deal", t.deal() ? 1.0 : 0.0);
    m.put("price", t.deal() ? Money.toDollars(t.dealCents()) : Double.NaN);
    m.put("turns", (double) t.messages());
    List<Transcript.Move> mine = t.movesOf(seat);
    double chars = 0;
    for (Transcript.Move mv : mine) {
      chars += mv.action().talk().length();
    }
    m.put("message_length", mine.isEmpty() || seat == MODERATOR ? Double.NaN : chars / mine.size());
    m.put("utility", episode.returnOf(seat));
    List<Long> offers = t.offersOf(seat);
    m.put("first_offer", offers.isEmpty() ? Double.NaN : Money.toDollars(offers.get(0)));
    m.put("in_range", t.deal() && t.dealCents() > buyerOpening && t.dealCents() < sellerOpening ? 1.0 : 0.0);
    return Collections.unmodifiableMap(m);
  }

  /** Replays a recorded episode of this game into a {@link Transcript}. */
  public Transcript transcript(Episode episode) {
    if (!episode.game().equals(spec)) {
      throw new IllegalArgumentException("episode " + episode.id() + " is of game " + episode.game() + ", not "
          + spec);
    }
    GameState<BargainAction> state = initial;
    for (Step step : episode.steps()) {
      ParseResult<BargainAction> parsed = codec.parse(step.action());
      if (!(parsed instanceof ParseResult.Ok<BargainAction> ok)) {
        throw new IllegalArgumentException("episode " + episode.id() + ", move " + step.move() + ": stored action '"
            + step.action() + "' does not parse: " + parsed);
      }
      if (state.isTerminal() || state.turn().seat(0) != step.seat()) {
        throw new IllegalArgumentException("episode " + episode.id() + ", move " + step.move() + ": seat "
            + step.seat() + " cannot move in " + state);
      }
      state = state.apply(ok.action());
    }
    return new Transcript(this, (BargainingState) state);
  }

  /** The bargaining rule critic (critic type {@code rule}). */
  @Override
  public Critic ruleCritic() {
    return new BargainingRuleCritic(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BargainingGame g && g.spec.equals(spec);
  }

  @Override
  public int hashCode() {
    return spec.hashCode();
  }

  @Override
  public String toString() {
    return spec;
  }
}
