package com.genstudio.cli;

import com.genstudio.engine.NotFoundException;
import com.genstudio.engine.ValidationException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and an exit status, so scripts can read the message without
 * scraping stack traces or usage blocks.
 */
final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(CliErrors.class);

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        return report(ex.getCommandLine(), ex.getMessage(), ExitCodes.INVALID_INPUT);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        return switch (ex) {
            case ValidationException v -> report(commandLine, v.getMessage(), ExitCodes.INVALID_INPUT);
            case NotFoundException n -> report(commandLine, n.getMessage(), ExitCodes.NOT_FOUND);
            default -> {
                // Info, not error: the user already has the one line on stderr, and warnings would repeat it there
                // with a stack trace. The log file keeps the trace.
                log.info("Command failed", ex);
                yield report(commandLine, "Error: " + describe(ex), ExitCodes.FAILED);
            }
        };
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }

    private static int report(CommandLine commandLine, String message, int exitCode) {
        PrintWriter err = commandLine.getErr();
        err.println(oneLine(message));
        err.flush();
        return exitCode;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
