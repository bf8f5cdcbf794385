package io.github.chiso.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.chiso.json.ChisoModule;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published jars as the module system sees them, and the BOM that lists them. */
class ReleaseArtifactsTest {

  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "io.github.chiso.text.TextLimits, io.github.chiso.core",
    "io.github.chiso.json.ChisoJson, io.github.chiso.json",
    "io.github.chiso.vn.VietnamUnits, io.github.chiso.vn",
    "io.github.chiso.seeds.Seeds, io.github.chiso.seeds",
  })
  void publishedJarsNameTheirModule(String type, String moduleName) throws Exception {
    Path jar = location(Class.forName(type));
    assumeTrue(Files.isRegularFile(jar), "the classes come from a jar only once the reactor has packaged them (mvn verify)");
    ModuleDescriptor module = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
    assertThat(module.name()).isEqualTo(moduleName);
    assertThat(module.isAutomatic()).isTrue();
  }

  @Test
  void theBomListsThePublishedModulesAtTheProjectsVersion() throws Exception {
    Path bom = Path.of("..", "bom", "pom.xml");
    assumeTrue(Files.isRegularFile(bom), "run from the testkit module of a checkout");
    String pom = Files.readString(bom);
    Matcher version = Pattern.compile("<artifactId>chiso-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(version.find()).isTrue();
    String projectVersion = new ChisoModule().version().toString();
    assertThat(version.group(1)).isEqualTo(projectVersion);
    List<String> managed = new ArrayList<>();
    Matcher artifact = Pattern.compile("<dependency>\\s*<groupId>io.github.chiso</groupId>\\s*<artifactId>([^<]+)</artifactId>").matcher(pom);
    while (artifact.find()) {
      managed.add(artifact.group(1));
    }
    assertThat(managed).containsExactly("chiso-core", "chiso-json", "chiso-vn", "chiso-seeds", "chiso-testkit", "chiso-report", "chiso-spark");
  }
}
