package org.concord.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.concord.nlp.CoreNlpAnnotator;
import picocli.CommandLine;

/**
 * {@code concord --version}: Concord's version (written into {@code version.properties} by the build), the
 * CoreNLP version it annotates with, and the Java runtime, one per line. Loads no models.
 */
final class VersionInfo implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "concord " + concord(),
            "CoreNLP " + CoreNlpAnnotator.VERSION,
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    /** The project version the build filtered into the resource, else the jar manifest's, else "unknown". */
    static String concord() {
        try (InputStream in = VersionInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.startsWith("${")) {
                    return v.strip();
                }
            }
        } catch (IOException e) {
            // fall back to the manifest
        }
        String v = VersionInfo.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }
}
