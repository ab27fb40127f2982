package com.genstudio.cli;

/** Exit statuses scripts can rely on; listed in the top command's help. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A generation failed or was cancelled, or something unexpected went wrong. */
    public static final int FAILED = 1;
    /** The command line or the request was invalid; nothing was stored. */
    public static final int INVALID_INPUT = 2;
    /** A generation, project or session named on the command line does not exist. */
    public static final int NOT_FOUND = 3;

    private ExitCodes() {}
}
