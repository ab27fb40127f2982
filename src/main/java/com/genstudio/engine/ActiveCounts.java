package com.genstudio.engine;

/** How many generations are running and waiting, across every process sharing the data directory. */
public record ActiveCounts(int running, int queued) {}
