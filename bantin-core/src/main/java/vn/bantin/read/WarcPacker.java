package vn.bantin.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes HTML files into a WARC file as HTTP {@code response} records, preceded by a {@code warcinfo} record.
 * Used to make the sample WARC.gz and by tests that check a page reads the same from a file and from a WARC.
 */
public final class WarcPacker {
  private static final Pattern CANONICAL = Pattern.compile(
      "<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)[\"']|<link[^>]+href=[\"']([^\"']+)[\"'][^>]*rel=[\"']canonical[\"']",
      Pattern.CASE_INSENSITIVE);

  private WarcPacker() {}

  /** Packs the files; returns the number of response records written. */
  public static int pack(List<Path> files, Path out, String baseUrl) throws IOException {
    Map<Path, String> urls = new java.util.LinkedHashMap<>();
    for (Path f : files) urls.put(f, null);
    return pack(urls, out, baseUrl);
  }

  /**
   * Packs the files with the given target URLs (a null URL means: the page's canonical link, else {@code
   * baseUrl} + file name).
   */
  public static int pack(Map<Path, String> filesToUrls, Path out, String baseUrl) throws IOException {
    boolean gz = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    Instant date = Instant.parse("2026-01-01T00:00:00Z");
    int n = 0;
    try (FileChannel ch = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
         WarcWriter w = new WarcWriter(ch, gz ? WarcCompression.GZIP : WarcCompression.NONE)) {
      w.write(new Warcinfo.Builder().date(date).filename(out.getFileName().toString())
          .fields(Map.of("software", List.of("bantin"), "format", List.of("WARC File Format 1.1"))).build());
      for (Map.Entry<Path, String> e : filesToUrls.entrySet()) {
        Path f = e.getKey();
        byte[] body = readMaybeGz(f);
        String url = e.getValue();
        if (url == null) url = canonical(body);
        if (url == null) url = baseUrl + f.getFileName().toString().replaceAll("\\.gz$", "");
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html"), body).build();
        w.write(new WarcResponse.Builder(URI.create(url)).date(date).body(http).build());
        n++;
      }
    }
    return n;
  }

  private static byte[] readMaybeGz(Path f) throws IOException {
    if (!f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) return Files.readAllBytes(f);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      return in.readAllBytes();
    }
  }

  private static String canonical(byte[] html) {
    String head = new String(html, 0, Math.min(html.length, 65536), StandardCharsets.ISO_8859_1);
    Matcher m = CANONICAL.matcher(head);
    if (!m.find()) return null;
    String u = m.group(1) != null ? m.group(1) : m.group(2);
    return u.startsWith("http") ? u.trim().replace(" ", "%20") : null;
  }
}
