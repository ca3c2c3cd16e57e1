package dev.parley.games.bargaining;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The talk of one family of scripted negotiators: templates for offers (by role), acceptances,
 * walk-aways and bluffs, picked with the seat's own seeded random source. Offer templates hold
 * exactly one {@code {price}} and no other number, so in free-text mode the offered price is the
 * message's last dollar amount; acceptances and walk-aways hold no number and use words the
 * {@code regex-moderator} recognises; bluffs may name a made-up {@code {fake}} price and always
 * come before the offer.
 */
record Phrasebook(List<String> sellerOffers, List<String> buyerOffers, List<String> accepts, List<String> walks,
    List<String> sellerBluffs, List<String> buyerBluffs) {

  private static final List<String> WALKS = List.of("No thanks, I'll pass.", "I'm walking away. Goodbye.");

  static final Phrasebook BOULWARE = new Phrasebook(
      List.of("I have to hold firm at {price}.", "This {item} is worth every cent of {price}.",
          "I can shave off very little; {price} is where I stand."),
      List.of("I can go up to {price}, and I am in no hurry.", "{price} is what I am prepared to pay for now.",
          "My offer stands at {price}."),
      List.of("Fine, we have a deal.", "Agreed."), WALKS, List.of(), List.of());

  static final Phrasebook LINEAR = new Phrasebook(
      List.of("Let me meet you partway: {price}.", "I can come down to {price}.", "How does {price} sound?"),
      List.of("Let me meet you partway: {price}.", "I can come up to {price}.", "How does {price} sound?"),
      List.of("That works for me. Deal.", "Deal, let's shake on it."), WALKS, List.of(), List.of());

  static final Phrasebook CONCEDER = new Phrasebook(
      List.of("I really want you to have it. {price}?", "For you, I can do {price}.", "I'll make it easy: {price}."),
      List.of("I'd love to take it home. Could you do {price}?", "I can stretch to {price}.",
          "Let's make this work: {price}."),
      List.of("Deal! Thank you so much.", "Wonderful, I accept."), WALKS, List.of(), List.of());

  static final Phrasebook HARDLINER = new Phrasebook(
      List.of("The price is {price}. It won't change.", "{price}, and that is final.",
          "My price is {price}, take it or leave it."),
      List.of("I pay {price}, not a cent more.", "{price} is my final offer.",
          "My offer is {price}, take it or leave it."),
      List.of("Deal.", "Accepted."), WALKS, List.of(), List.of());

  static final Phrasebook TIT_FOR_TAT = new Phrasebook(
      List.of("Let's keep this even: {price}.", "Fair is fair. {price}.", "Step for step: {price}."),
      List.of("Let's keep this even: {price}.", "Fair is fair. {price}.", "Step for step: {price}."),
      List.of("That's fair. Deal.", "Agreed, thank you."), WALKS, List.of(), List.of());

  static final Phrasebook BLUFFER = new Phrasebook(
      List.of("I could let it go for {price}.", "{price}, if you decide now."),
      List.of("I could pay {price}.", "{price}, cash, right now."),
      List.of("Deal, before I change my mind.", "Fine, it's a deal."),
      List.of("Forget it, I'm out.", "No thanks, goodbye."),
      List.of("Another buyer offered me {fake} this morning.", "Someone asked me to hold it for them at {fake}."),
      List.of("The shop down the street sells one for {fake}.", "My friend got one for {fake} last week."));

  String offer(int seat, String item, long cents, SplittableRandom rng) {
    return fill(pick(seat == BargainingGame.SELLER ? sellerOffers : buyerOffers, rng), item, cents, -1);
  }

  String accept(SplittableRandom rng) {
    return pick(accepts, rng);
  }

  String walk(SplittableRandom rng) {
    return pick(walks, rng);
  }

  String bluff(int seat, String item, long fakeCents, SplittableRandom rng) {
    return fill(pick(seat == BargainingGame.SELLER ? sellerBluffs : buyerBluffs, rng), item, -1, fakeCents);
  }

  boolean bluffs() {
    return !sellerBluffs.isEmpty();
  }

  private static String pick(List<String> options, SplittableRandom rng) {
    return options.get(rng.nextInt(options.size()));
  }

  private static String fill(String template, String item, long cents, long fake) {
    String s = template.replace("{item}", item);
    if (cents >= 0) {
      s = s.replace("{price}", Money.dollars(cents));
    }
    if (fake >= 0) {
      s = s.replace("{fake}", Money.dollars(fake));
    }
    return s;
  }
}
