/**
 * Reward models (REFERENCE §7).
 * <ul>
 *   <li>Tabular: a reward per option of a policy space ({@link dev.parley.learn.reward.TabularReward}) and
 *       its Bradley–Terry fit from weighted pairs ({@link dev.parley.learn.reward.BradleyTerryRewardFit}),
 *       the first stage of the RLHF baseline ({@link dev.parley.learn.train.RlhfPipeline}).</li>
 *   <li>Over feature vectors: a {@link dev.parley.learn.reward.RewardModel} reads the features a
 *       {@link dev.parley.learn.reward.FeatureFunction} makes from a game's structured observation fields
 *       ({@link dev.parley.learn.reward.NumericFields}), from text
 *       ({@link dev.parley.learn.reward.HashedBagOfWords}) or from any embedding. Trainers, each with a
 *       config record and a seed, on linear or small MLP networks with analytic backpropagation
 *       ({@link dev.parley.learn.reward.Architecture}, {@link dev.parley.learn.reward.Solver}):
 *       the Bradley–Terry reward model with margins, soft labels, Scaled-BT weights and centring
 *       ({@link dev.parley.learn.reward.BradleyTerryRewardTrainer}); HelpSteer2-style multi-attribute
 *       regression with a scalarisation ({@link dev.parley.learn.reward.AttributeRegression},
 *       {@link dev.parley.learn.reward.AttributeWeights}); PAL's ideal-point mixture for heterogeneous
 *       annotators ({@link dev.parley.learn.reward.IdealPointMixture}).</li>
 *   <li>Evaluation: held-out accuracy and log-loss ({@link dev.parley.learn.reward.PreferenceMetrics})
 *       and reward consistency on contrast pairs ({@link dev.parley.learn.reward.RewardConsistency}).</li>
 * </ul>
 */
package dev.parley.learn.reward;
