/**
 * Benchmarks of the analysis algorithms, each measured against a straightforward baseline in the
 * same run (habit 8 of the house), runnable as plain {@code main} programs.
 */
package dev.parley.analysis.bench;
