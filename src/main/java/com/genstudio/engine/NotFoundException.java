package com.genstudio.engine;

/** The user named something (a generation id, a project) that does not exist. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
