package com.genstudio.domain;

import java.time.Instant;

public record Session(long id, long projectId, String name, Instant createdAt) {}
