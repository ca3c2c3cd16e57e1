package dev.parley.core.game;

/** A dense numbering 0..size-1 of all actions of a finite game, for tabular methods. */
public interface ActionIndex<A> {
  int size();

  int indexOf(A action);

  A action(int index);
}
