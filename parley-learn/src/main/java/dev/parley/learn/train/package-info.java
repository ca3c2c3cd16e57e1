/**
 * Trainers of tabular softmax policies from preferences (REFERENCE §6): one
 * {@link dev.parley.learn.train.PreferenceTrainer} interface, a config record per algorithm, seeded.
 * Offline and online/iterative DPO-family training ({@link dev.parley.learn.train.OfflineDpo},
 * {@link dev.parley.learn.train.OnlineDpo}); the Nash and self-play methods
 * {@link dev.parley.learn.train.NashMd}, {@link dev.parley.learn.train.Sppo},
 * {@link dev.parley.learn.train.Dno}, {@link dev.parley.learn.train.Inpo}; and the Bradley–Terry
 * reward + KL-regularised policy optimisation baseline {@link dev.parley.learn.train.RlhfPipeline}. Each
 * iterative method offers its paper's update in closed form and the loss that realises it, with exact
 * or sampled feedback ({@link dev.parley.learn.train.Update}, {@link dev.parley.learn.train.Sampling}).
 */
package dev.parley.learn.train;
