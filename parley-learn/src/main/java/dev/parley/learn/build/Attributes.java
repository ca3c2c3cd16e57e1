package dev.parley.learn.build;

/**
 * Names of the {@link dev.parley.learn.data.RecordMetadata#attributes()} the builders of this
 * package write. A pair's two sides are described under the prefixes {@value #CHOSEN} and
 * {@value #REJECTED} followed by one of the side keys ({@value #RUN}, {@value #MATCH},
 * {@value #EPISODE}, {@value #STEP}, {@value #SEED}, {@value #BRANCH}, {@value #OUTCOME},
 * {@value #COUNT}, {@value #OCCURRENCES}, {@value #SEATS}, {@value #CONFIG_HASH},
 * {@value #GIT_COMMIT}), e.g. {@code chosen.step}. Numbers are written with
 * {@link Double#toString(double)} / {@link Long#toString(long)} and read back exactly.
 */
public final class Attributes {
  private Attributes() {}

  /** {@link PromptContext#key()} shared by both sides. */
  public static final String CONTEXT_KEY = "context_key";
  /** The canonical game spec of the context. */
  public static final String GAME_SPEC = "game_spec";
  /** The acting seat of the context. */
  public static final String SEAT = "seat";
  /** The {@link OutcomeMeasure#name()} the outcomes are measured with. */
  public static final String MEASURE = "measure";

  /** Prefix of the chosen side's keys. */
  public static final String CHOSEN = "chosen.";
  /** Prefix of the rejected side's keys. */
  public static final String REJECTED = "rejected.";

  /** Side key: the side's move without talk ({@link DecisionPoint#move}). */
  public static final String MOVE = "move";

  /** Side key: the run id of the side's representative decision (its first occurrence). */
  public static final String RUN = "run";
  /** Side key: the match index of the representative decision. */
  public static final String MATCH = "match";
  /** Side key: the episode id ({@code run/match}) of the representative decision. */
  public static final String EPISODE = "episode";
  /** Side key: the step index of the representative decision in its episode. */
  public static final String STEP = "step";
  /** Side key: the seed of the representative decision's episode (for a branch, the branch seed). */
  public static final String SEED = "seed";
  /** Side key: the branch index of the representative decision (branch re-plays only). */
  public static final String BRANCH = "branch";
  /** Side key: the mean outcome of the side's completion over its occurrences in the context. */
  public static final String OUTCOME = "outcome";
  /** Side key: how many decisions in the context gave this completion. */
  public static final String COUNT = "count";
  /** Side key: every occurrence as {@code run/match#step}, {@code @branch} appended for re-plays, comma-joined. */
  public static final String OCCURRENCES = "occurrences";
  /** Side key: the seats' agent specs of the representative episode, comma-joined. */
  public static final String SEATS = "seats";
  /** Side key: the config hash of the representative episode's provenance. */
  public static final String CONFIG_HASH = "config_hash";
  /** Side key: the git commit of the representative episode's provenance. */
  public static final String GIT_COMMIT = "git_commit";

  /** Judge pairs: the criterion the judge was asked about. */
  public static final String JUDGE_CRITERION = "judge.criterion";
  /** Judge pairs: which side ({@code chosen} or {@code rejected}) was option A in the first order. */
  public static final String JUDGE_A = "judge.a";
  /** Judge pairs: {@code P(A ≻ B)} asked in the order (A, B). */
  public static final String JUDGE_AB_P = "judge.ab.p";
  /** Judge pairs: {@code P(B ≻ A)} asked in the order (B, A). */
  public static final String JUDGE_BA_P = "judge.ba.p";
  /** Judge pairs: what the judge was shown in the order (A, B). */
  public static final String JUDGE_AB_PROMPT = "judge.ab.prompt";
  /** Judge pairs: what the judge was shown in the order (B, A). */
  public static final String JUDGE_BA_PROMPT = "judge.ba.prompt";
  /** Judge pairs: the judge's raw answer in the order (A, B). */
  public static final String JUDGE_AB_RAW = "judge.ab.raw";
  /** Judge pairs: the judge's raw answer in the order (B, A). */
  public static final String JUDGE_BA_RAW = "judge.ba.raw";
  /** Judge pairs: the judge's rationale in the order (A, B). */
  public static final String JUDGE_AB_RATIONALE = "judge.ab.rationale";
  /** Judge pairs: the judge's rationale in the order (B, A). */
  public static final String JUDGE_BA_RATIONALE = "judge.ba.rationale";
  /** Judge pairs: the swap-corrected {@code P(A ≻ B) = (p_AB + 1 − p_BA)/2}. */
  public static final String JUDGE_P = "judge.p";
  /** Judge pairs: the order bias {@code p_AB − (1 − p_BA)} (positive: the first position is favoured). */
  public static final String JUDGE_ORDER_BIAS = "judge.order_bias";

  /** Relabeled rows: the method ({@code scores}, {@code judge} or {@code reward-augmented}). */
  public static final String RELABEL_METHOD = "relabel.method";
  /** Relabeled rows: the new labeller (score function or judge name). */
  public static final String RELABEL_BY = "relabel.by";
  /** Relabeled rows: {@code true} when the new label swapped the original chosen and rejected. */
  public static final String RELABEL_FLIPPED = "relabel.flipped";
  /** Relabeled rows: {@code true} when the new labeller saw no difference (the original order is kept). */
  public static final String RELABEL_TIE = "relabel.tie";
  /** Relabeled rows: the new labeller's score of this row's chosen side. */
  public static final String RELABEL_CHOSEN_SCORE = "relabel.chosen_score";
  /** Relabeled rows: the new labeller's score of this row's rejected side. */
  public static final String RELABEL_REJECTED_SCORE = "relabel.rejected_score";
  /** Reward-augmented rows: the target score the prompt is conditioned on. */
  public static final String RELABEL_TARGET_SCORE = "relabel.target_score";
  /** Reward-augmented rows: {@code higher} or {@code lower}: which of the pair's scores is the target. */
  public static final String RELABEL_TARGET = "relabel.target";
  /** Relabeled rows: the original row's source. */
  public static final String ORIGINAL_SOURCE = "original.source";
  /** Relabeled rows: the original row's judge, if any. */
  public static final String ORIGINAL_JUDGE = "original.judge";
  /** Relabeled rows: the original row's probability, if any. */
  public static final String ORIGINAL_PROBABILITY = "original.probability";
  /** Relabeled rows: the original row's margin, if any. */
  public static final String ORIGINAL_MARGIN = "original.margin";
}
