package dev.parley.games.negotiation;

/**
 * NegMAS-style optimality scores of one outcome (REFERENCE §3.1), each in [0, 1], 1 = on target:
 * {@code max(0, 1 − dist/d_max)} for the Pareto frontier and the Nash, Kalai, modified-Kalai and
 * Kalai–Smorodinsky points; {@code maxWelfare} = welfare / greatest welfare; {@code fairness} =
 * max(nash, kalai, kalaiSmorodinsky). Built by {@link OutcomeSet#optimality(UtilityPoint)}.
 */
public record Optimality(
    double pareto,
    double nash,
    double kalai,
    double modifiedKalai,
    double kalaiSmorodinsky,
    double maxWelfare,
    double fairness) {}
