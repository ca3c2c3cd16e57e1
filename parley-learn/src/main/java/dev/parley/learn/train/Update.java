package dev.parley.learn.train;

/** How an iterative method computes π_{t+1} from π_t. */
public enum Update {
  /**
   * The paper's update in closed form: the exact mirror-descent (or multiplicative-weights) target,
   * computed in log space from the (exact or sampled) preference feedback.
   */
  CLOSED_FORM,
  /**
   * The method's training loss, minimised over the softmax logits by the config's {@link Optimizer},
   * starting from π_t, on the (exact or sampled) pairs of the iteration. With exact feedback the loss's
   * minimiser is the closed-form target for INPO and DNO; for SPPO it is the square-loss projection;
   * Nash-MD's loss is the policy-gradient form (Nash-MD-PG).
   */
  LOSS
}
