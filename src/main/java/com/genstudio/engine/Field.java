package com.genstudio.engine;

/** Input fields of a generation request, so a validation message can be shown next to the right one. */
public enum Field { SESSION, PROMPT, NEGATIVE_PROMPT, ENGINE, MODEL, COUNT, SIZE, SEED }
