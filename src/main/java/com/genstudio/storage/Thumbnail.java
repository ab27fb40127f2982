package com.genstudio.storage;

/** An encoded thumbnail ready to store; {@code format} is PNG or JPEG. */
public record Thumbnail(byte[] bytes, ImageFormat format, int width, int height) {}
