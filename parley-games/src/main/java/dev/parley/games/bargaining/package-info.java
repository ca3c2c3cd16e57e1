/**
 * Bilateral price bargaining after GPT-Bargaining (Fu, Peng, Khot, Lapata 2023; REFERENCE §1.1):
 * the game, its scripted negotiators and its rule critic.
 *
 * <ul>
 *   <li>{@link dev.parley.games.bargaining.BargainingGame} ({@code bargaining}): seat 0 = seller,
 *       seat 1 = buyer, seat 2 = moderator in free-text mode. Structured mode: engine-checked
 *       {@code OFFER(price)}, {@code ACCEPT}, {@code WALK} with talk beside them; the deal price is
 *       the accepted offer. Free-text mode ({@code mode=free-text}): the paper's protocol, prices
 *       read from messages (the last dollar amount) and a moderator seat judging deal / no deal.
 *       Prices are whole cents ({@code long}).
 *   <li>{@link dev.parley.games.bargaining.BargainingCodec}: {@code offer 15.00 | talk},
 *       {@code accept | talk}, {@code walk | talk}, {@code say | message},
 *       {@code verdict deal|ongoing|no-deal}; model replies are read tolerantly (a move line, then
 *       a message line).
 *   <li>{@link dev.parley.games.bargaining.Negotiators}: Genius time-dependent negotiators
 *       ({@code boulware}, {@code linear}, {@code conceder}, {@code hardliner};
 *       {@link dev.parley.games.bargaining.ConcessionCurve}, REFERENCE §2.2 and §9.6),
 *       {@code tit-for-tat}, {@code bluffer} and the {@code regex-moderator}. They talk from
 *       templates of their own and act on the structured adjustments of critic feedback.
 *   <li>{@link dev.parley.games.bargaining.BargainingRuleCritic}: the critic type {@code rule} for
 *       this game (through {@link dev.parley.games.common.Critics}): three price-free suggestions
 *       and adjustments ({@code concession_speed}, {@code first_offer}, {@code limit},
 *       {@code accept_margin}) from the coached seat's history.
 *   <li>{@link dev.parley.games.bargaining.Transcript}: a recorded episode read back, for metrics
 *       (deal, price, turns, message length, utility; REFERENCE §3.1) and critics.
 * </ul>
 */
package dev.parley.games.bargaining;
