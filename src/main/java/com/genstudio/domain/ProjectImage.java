package com.genstudio.domain;

import java.time.Instant;

/** One row of the project browse: an output with just enough of its generation to label it. */
public record ProjectImage(Output output, long sessionId, String sessionName, String prompt, Instant createdAt) {}
