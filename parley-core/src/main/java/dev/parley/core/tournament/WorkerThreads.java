package dev.parley.core.tournament;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Worker threads for tournaments: virtual threads where the runtime has them (Java 21+) and the
 * caller asks for them (agents that wait on model servers), platform daemon threads otherwise.
 * Parley compiles for Java 17, so virtual threads are reached by method handles.
 */
public final class WorkerThreads {
  private static final MethodHandle OF_VIRTUAL;
  private static final MethodHandle NAME;
  private static final MethodHandle UNSTARTED;

  static {
    MethodHandle ofVirtual = null;
    MethodHandle name = null;
    MethodHandle unstarted = null;
    try {
      Class<?> builder = Class.forName("java.lang.Thread$Builder");
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      ofVirtual = lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(
          Class.forName("java.lang.Thread$Builder$OfVirtual")));
      name = lookup.findVirtual(builder, "name", MethodType.methodType(builder, String.class));
      unstarted = lookup.findVirtual(builder, "unstarted", MethodType.methodType(Thread.class, Runnable.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      ofVirtual = null;
    }
    OF_VIRTUAL = ofVirtual;
    NAME = name;
    UNSTARTED = unstarted;
  }

  private WorkerThreads() {}

  /** Whether this runtime has virtual threads. */
  public static boolean virtualAvailable() {
    return OF_VIRTUAL != null;
  }

  /** An unstarted thread: virtual when asked for and available, else a platform daemon thread. */
  public static Thread create(String name, Runnable task, boolean preferVirtual) {
    if (preferVirtual && OF_VIRTUAL != null) {
      try {
        Object builder = OF_VIRTUAL.invoke();
        builder = NAME.invoke(builder, name);
        return (Thread) UNSTARTED.invoke(builder, task);
      } catch (Throwable e) {
        throw new IllegalStateException("cannot create a virtual thread: " + e, e);
      }
    }
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    return t;
  }
}
