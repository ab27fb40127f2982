package com.genstudio.domain;

import java.time.Instant;

public record Project(long id, String name, Instant createdAt) {}
