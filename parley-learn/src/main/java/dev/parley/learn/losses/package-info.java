/**
 * Offline preference losses with analytic gradients, on the log-probability inputs of REFERENCE §6.1
 * ({@link dev.parley.learn.losses.PairLogProbs}): the DPO family behind
 * {@link dev.parley.learn.losses.PairwiseLoss} (DPO, conservative DPO, robust DPO, IPO, hinge/SLiC,
 * SimPO), the unpaired KTO loss, the training losses of the self-play methods (SPPO, DNO, INPO,
 * Nash-MD-PG) and the Bradley–Terry reward-model loss. Every loss is checked against REFERENCE §9.1
 * and against finite differences.
 */
package dev.parley.learn.losses;
