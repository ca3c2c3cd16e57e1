/**
 * Preference data from play (issue 6 item 1): builders that turn stored episodes into TRL
 * preference rows ({@link dev.parley.learn.data.PreferenceRecord}) with source and provenance.
 *
 * <ul>
 *   <li>{@link dev.parley.learn.build.PromptContext}: what the acting seat was shown (game spec,
 *       seat, information-state key, prompt text); both sides of every pair share one exactly.
 *   <li>{@link dev.parley.learn.build.DecisionPoints}: an episode's decisions read back by replaying
 *       its canonical actions (the prompt of a scripted step is its re-derived observation text).
 *   <li>{@link dev.parley.learn.build.OutcomePairs}: decisions of one context whose episodes ended
 *       differently for the acting seat; {@link dev.parley.learn.build.Branching} and
 *       {@link dev.parley.learn.build.BranchRunner} make such pairs on purpose by re-playing
 *       alternative first moves from a stored state.
 *   <li>{@link dev.parley.learn.build.JudgePairs}: a {@link dev.parley.core.critic.PairwiseJudge}
 *       asked in both orders, the order bias measured and removed;
 *       {@link dev.parley.learn.build.OutcomeRuleJudge} judges by the outcomes that followed.
 *   <li>{@link dev.parley.learn.build.Relabeling}: a new labeller (scores or judge) and
 *       reward-augmented relabeling, keeping both labels' provenance.
 * </ul>
 *
 * <p>Rows are grouped (split key) by episode, or by the component of episodes a pair links, so
 * {@link dev.parley.learn.data.Dataset#splitByGroup} never puts one episode on both sides.
 */
package dev.parley.learn.build;
