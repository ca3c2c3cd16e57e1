package dev.parley.core.tournament;

/** Where a run stands. */
public enum RunStatus { RUNNING, COMPLETED, FAILED }
