package org.evidencepress.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SelfRelaunchTest {
    @TempDir
    Path site;

    @Test
    void aBuildCacheIsNamedOnTheCommandLineOrInSiteYaml() throws Exception {
        assertThat(SelfRelaunch.usesCache(new String[] {"build"}, site)).isFalse();
        assertThat(SelfRelaunch.usesCache(new String[] {"build", "--cache", ".cache"}, site)).isTrue();
        assertThat(SelfRelaunch.usesCache(new String[] {"build", "--cache=.cache"}, site)).isTrue();
        assertThat(SelfRelaunch.usesCache(new String[] {"build", "--cached"}, site)).isFalse();

        Files.writeString(site.resolve("site.yaml"), "title: T\n# cache_dir: later\n");
        assertThat(SelfRelaunch.usesCache(new String[] {"build"}, site)).isFalse();
        Files.writeString(site.resolve("site.yaml"), "title: T\ncache_dir: .evpress-cache\n");
        assertThat(SelfRelaunch.usesCache(new String[] {"build"}, site)).isTrue();
    }

    @Test
    void relaunchesFromTheClassPathOfAToolsClassLoader() throws Exception {
        Path classes = Files.createDirectories(site.resolve("classes"));
        Path library = Files.createFile(site.resolve("library.jar"));
        try (URLClassLoader maven = new URLClassLoader(new URL[] {classes.toUri().toURL(), library.toUri().toURL()})) {
            assertThat(SelfRelaunch.classPathOf(maven)).contains(classes + File.pathSeparator + library);
        }
        try (URLClassLoader remote = new URLClassLoader(new URL[] {new URL("https://example.org/a.jar")})) {
            assertThat(SelfRelaunch.classPathOf(remote)).isEmpty();
        }
        assertThat(SelfRelaunch.classPathOf(ClassLoader.getSystemClassLoader())).isEmpty();
        assertThat(SelfRelaunch.classPathOf(SelfRelaunch.class.getClassLoader())).isEmpty();
    }
}
