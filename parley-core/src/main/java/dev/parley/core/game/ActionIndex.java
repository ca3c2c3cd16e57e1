package dev.parley.core.game;

/** A dense numbering 0..size-1 of all actions of a finite game, for tabular methods. */
public interface ActionIndex<A> {
  int size();

  int indexOf(A action);

  A action(int index);

  /** The index of games whose actions are the integers {@code 0..size-1} themselves. */
  static ActionIndex<Integer> integers(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be ≥ 1, was " + size);
    }
    return new ActionIndex<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public int indexOf(Integer action) {
        if (action == null || action < 0 || action >= size) {
          throw new IllegalArgumentException("not an action of this index (0.." + (size - 1) + "): " + action);
        }
        return action;
      }

      @Override
      public Integer action(int index) {
        if (index < 0 || index >= size) {
          throw new IndexOutOfBoundsException("action index " + index + " outside 0.." + (size - 1));
        }
        return index;
      }
    };
  }
}
