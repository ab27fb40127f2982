package com.genstudio.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The class path a launched studio runs on: the app's compiled classes packed into one jar, then every jar of this
 * JVM's class path (the app's dependencies, and Monocle for the headless screen). An AOT cache can only hold
 * classes from jars; a class directory on the path makes the JDK refuse to create one.
 */
final class AppJar {
    private AppJar() {}

    static String classPath(Path dir) throws IOException {
        Path classes = appClasses();
        Path jar = pack(classes, dir.resolve("genstudio-classes.jar"));
        List<String> entries = new ArrayList<>();
        entries.add(jar.toString());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path appClasses() {
        try {
            return Path.of(com.genstudio.Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path pack(Path classes, Path jar) throws IOException {
        if (!Files.isDirectory(classes)) {
            return classes; // already a jar
        }
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> !f.equals(classes)).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                // Directory entries too: Flyway finds its migrations by asking the class loader for the folder.
                out.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
                if (Files.isRegularFile(file)) {
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
