package io.github.chiso.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.chiso.seeds.Seeds;
import io.github.chiso.text.Language;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a real browser renders it: headless Chromium from the distribution's packages
 * (CI's {@code .ci/run} installs it when missing). Skipped, with the reason, only where no Chromium
 * is installed.
 */
class HtmlBrowserTest {
  private static Optional<Path> chromium() {
    return Stream.of(System.getenv("CHISO_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser")
        .filter(p -> p != null && !p.isEmpty()).map(Path::of).filter(Files::isExecutable).findFirst();
  }

  private static String browse(Path chromium, Path dir, Path page, String... what) throws Exception {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
    command.addAll(List.of(what));
    command.add(page.toUri().toString());
    Path out = dir.resolve("stdout-" + System.nanoTime());
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish in 90 s: " + command);
    }
    assertThat(process.exitValue()).as("Chromium's exit status").isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void chromiumRendersNamedBarsAnAxisTheThresholdsAndTheLegend(@TempDir Path dir) throws Exception {
    Optional<Path> chromium = chromium();
    assumeTrue(chromium.isPresent(), "no Chromium at /usr/bin/chromium (or $CHISO_CHROMIUM): install it with"
        + " 'apt-get install chromium' to run this test; CI's .ci/run installs it");
    ReportData report = ReportData.of(Seeds.seed002Plan(), Seeds.dongNai(), RollupReportTest.communeResults(), LocalDate.of(2025, 12, 31));
    Path page = dir.resolve("report.html");
    Files.writeString(page, HtmlReport.render(report, ReportOptions.of(Language.VI).withLimit(12)
        .withGeneratedOn(LocalDate.of(2026, 1, 5)).withSource("ket-qua-xa.csv")), StandardCharsets.UTF_8);

    Document dom = Jsoup.parse(browse(chromium.get(), dir, page, "--dump-dom"));
    assertThat(dom.select("svg.chart")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(dom.select("figcaption").eachText()).contains("Dữ liệu số",
        "DL-01 Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa — huyện, xếp từ thấp nhất");
    assertThat(dom.select("svg.chart text.label").eachText()).contains("735 Huyện Vĩnh Cửu", "741 Huyện Xuân Lộc");
    assertThat(dom.select("svg.chart g.axis text.tick").eachText()).contains("0%", "100%");
    assertThat(dom.select("svg.chart rect.bar")).allSatisfy(bar -> assertThat(bar.attr("data-status")).isIn("MET", "NOT_MET"));
    assertThat(dom.select("svg.chart .threshold").size()).isEqualTo(dom.select("svg.chart rect.bar").size());
    assertThat(dom.select(".legend span").eachText()).contains("ĐẠT", "CHƯA ĐẠT", "vạch đen: mục tiêu");
    assertThat(dom.select("p.more").first().text()).startsWith("… và 146 dòng nữa");   // 158 communes with a value, 12 drawn
    assertThat(dom.select("footer").text()).contains("Lập ngày 05/01/2026").contains("ket-qua-xa.csv");
    assertThat(dom.select("script, link, img, iframe, [src]")).isEmpty();

    browse(chromium.get(), dir, page, "--window-size=1200,1400", "--screenshot=" + dir.resolve("page.png"));
    BufferedImage shot = ImageIO.read(new File(dir.resolve("page.png").toString()));
    assertThat(shot.getWidth()).isEqualTo(1200);
    int green = 0;
    int red = 0;
    for (int y = 0; y < shot.getHeight(); y++) {
      for (int x = 0; x < shot.getWidth(); x++) {
        int rgb = shot.getRGB(x, y) & 0xFFFFFF;
        green += rgb == 0x2E7D32 ? 1 : 0;
        red += rgb == 0xC62828 ? 1 : 0;
      }
    }
    // The district chart alone paints thousands of pixels of each status colour.
    assertThat(green).as("pixels of MET bars").isGreaterThan(2000);
    assertThat(red).as("pixels of NOT_MET bars").isGreaterThan(2000);
    String keep = System.getProperty("chiso.screenshot");
    if (keep != null) {
      Files.copy(dir.resolve("page.png"), Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
