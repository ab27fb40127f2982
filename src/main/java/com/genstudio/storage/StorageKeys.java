package com.genstudio.storage;

import java.io.IOException;

/** Checks that a storage key is a plain relative path, so no key can reach outside a store's root. */
final class StorageKeys {
    private StorageKeys() {
    }

    static String requireValid(String key) throws IOException {
        if (key == null || key.isBlank()) {
            throw new IOException("Storage key is empty");
        }
        if (key.startsWith("/") || key.contains("\\") || key.contains(":") || key.indexOf('\0') >= 0) {
            throw new IOException("Storage key '" + key + "' must be a relative path with '/' separators");
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IOException("Storage key '" + key + "' has an empty, '.' or '..' segment");
            }
        }
        return key;
    }
}
