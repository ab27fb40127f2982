package com.genstudio.bench;

/**
 * The library a benchmark seeds. {@code bigSessionShare} of the generations go to the first session so that one
 * session is deep enough for the history figure's 100,000-row depth; the rest are spread evenly over the others.
 */
record DataShape(int projects, int sessionsPerProject, int generations, int outputsPerGeneration,
                 double bigSessionShare) {

    /** The data set: 100 sessions in 10 projects, two outputs per generation. */
    static DataShape library(int generations) {
        return new DataShape(10, 10, generations, 2, 0.55);
    }

    /** One project whose images are spread evenly over 100 sessions (the project-browse figure as written). */
    static DataShape wideProject(int generations) {
        return new DataShape(1, 100, generations, 2, 0);
    }

    int sessions() {
        return projects * sessionsPerProject;
    }

    int outputs() {
        return generations * outputsPerGeneration;
    }

    /** Session (0-based) of generation {@code i}: a deterministic interleaving, so ages mix across sessions. */
    int sessionOf(int i) {
        int bigEvery = (int) Math.round(bigSessionShare * 20);
        int slot = i % 20;
        if (slot < bigEvery || sessions() == 1) {
            return 0;
        }
        int others = bigSessionShare > 0 ? sessions() - 1 : sessions();
        int ordinal = (i / 20) * (20 - bigEvery) + (slot - bigEvery);
        return (bigSessionShare > 0 ? 1 : 0) + ordinal % others;
    }

    int projectOf(int session) {
        return session / sessionsPerProject;
    }
}
