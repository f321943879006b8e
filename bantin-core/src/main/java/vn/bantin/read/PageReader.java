package vn.bantin.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Provenance;

/**
 * The one entry point for reading inputs. Streams every page of every input to a consumer, one at a time, so
 * memory stays bounded by the largest single record (capped by {@link #maxRecordBytes}). Every item ends up
 * as exactly one {@link ReadEvent.PageRead} or {@link ReadEvent.Skipped}; nothing is dropped silently.
 *
 * <p>Inputs: text dumps ({@code .txt}, one page per file), HTML ({@code .html}, {@code .htm}, optionally
 * {@code .gz}), WARC and WARC.gz (any name containing {@code .warc}, including WET files), directories
 * (recursively, in sorted order) and {@code -} for standard input (format sniffed from the bytes).
 */
public final class PageReader {
  /** Records or files larger than this are skipped with a reason instead of exhausting the heap. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;

  private final int maxRecordBytes;

  public PageReader() {
    this(DEFAULT_MAX_RECORD_BYTES);
  }

  public PageReader(int maxRecordBytes) {
    this.maxRecordBytes = maxRecordBytes;
  }

  public int maxRecordBytes() {
    return maxRecordBytes;
  }

  /** Reads all inputs in order. */
  public void read(List<String> inputs, Consumer<ReadEvent> out) {
    for (String in : inputs) read(in, out);
  }

  /** Reads one input: a file, a directory or "-". */
  public void read(String input, Consumer<ReadEvent> out) {
    if (input.equals("-")) {
      readStdin(out);
      return;
    }
    Path p = Paths.get(input);
    if (!Files.exists(p)) {
      out.accept(new ReadEvent.Skipped(input, "no such file or directory"));
      return;
    }
    if (Files.isDirectory(p)) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> s = Files.walk(p)) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      } catch (IOException e) {
        out.accept(new ReadEvent.Skipped(input, "cannot list directory: " + e.getMessage()));
        return;
      }
      for (Path f : files) {
        if (kindOf(f.toString()) == null) {
          out.accept(new ReadEvent.Skipped(f.toString(), "unsupported file type (expected .txt, .html, .htm, "
              + ".html.gz, .warc, .warc.gz)"));
        } else {
          readFile(f, out);
        }
      }
      return;
    }
    readFile(p, out);
  }

  enum Kind { TEXT, HTML, WARC }

  static Kind kindOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains(".warc") || n.endsWith(".wet") || n.endsWith(".wet.gz")) return Kind.WARC;
    if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return Kind.HTML;
    if (n.endsWith(".txt") || n.endsWith(".text")) return Kind.TEXT;
    return null;
  }

  private void readFile(Path f, Consumer<ReadEvent> out) {
    String ref = f.toString();
    Kind kind = kindOf(ref);
    try {
      if (kind == Kind.WARC) {
        new WarcPages(maxRecordBytes).read(f, ref, out);
        return;
      }
      long size = Files.size(f);
      if (size > maxRecordBytes) {
        out.accept(new ReadEvent.Skipped(ref, "file is " + size + " bytes, over the " + maxRecordBytes
            + "-byte limit per page"));
        return;
      }
      byte[] bytes = Files.readAllBytes(f);
      if (ref.toLowerCase(Locale.ROOT).endsWith(".gz")) bytes = gunzip(bytes, ref);
      if (kind == null) kind = sniff(bytes);
      emit(Provenance.ofFile(ref), bytes, kind == Kind.HTML, null, out);
    } catch (NoSuchFileException e) {
      out.accept(new ReadEvent.Skipped(ref, "no such file"));
    } catch (BadInputException e) {
      out.accept(new ReadEvent.Skipped(ref, e.getMessage()));
    } catch (IOException e) {
      out.accept(new ReadEvent.Skipped(ref, "cannot read: " + describe(e)));
    }
  }

  private void readStdin(Consumer<ReadEvent> out) {
    read("-", System.in, out);
  }

  /**
   * Reads one input given as a stream (standard input, or a file opened by another file system such as
   * Hadoop's in the Spark job). {@code name} is used for provenance and, by its extension, for the format;
   * without a telling extension the format is sniffed from the bytes. WARC input is streamed record by record;
   * other input is one page, bounded by {@link #maxRecordBytes}.
   */
  public void read(String name, InputStream stream, Consumer<ReadEvent> out) {
    Kind named = name.equals("-") ? null : kindOf(name);
    try {
      InputStream in = new BufferedInputStream(stream);
      if (named == Kind.WARC) {
        new WarcPages(maxRecordBytes).read(in, name, out);
        return;
      }
      byte[] bytes = readBounded(in, maxRecordBytes, name);
      if (named != null) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) bytes = gunzip(bytes, name);
        emit(Provenance.ofFile(name), bytes, named == Kind.HTML, null, out);
        return;
      }
      if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
        if (startsWith(gunzipHead(bytes), "WARC/")) {
          new WarcPages(maxRecordBytes).read(new ByteArrayInputStream(bytes), name, out);
          return;
        }
        bytes = gunzip(bytes, name);
      }
      Kind kind = sniff(bytes);
      if (kind == Kind.WARC) {
        new WarcPages(maxRecordBytes).read(new ByteArrayInputStream(bytes), name, out);
      } else {
        emit(Provenance.ofFile(name), bytes, kind == Kind.HTML, null, out);
      }
    } catch (BadInputException e) {
      out.accept(new ReadEvent.Skipped(name, e.getMessage()));
    } catch (IOException e) {
      out.accept(new ReadEvent.Skipped(name, "cannot read: " + describe(e)));
    }
  }

  /** Whether a file name is one bantin reads (by extension), for listing directories in other file systems. */
  public static boolean isSupportedName(String name) {
    return kindOf(name) != null;
  }

  /** Validates decoded bytes and emits a page, or a skip naming the reason. Shared with the WARC reader. */
  static void emit(Provenance prov, byte[] bytes, boolean html, String httpCharset, Consumer<ReadEvent> out) {
    String ref = prov.ref();
    if (bytes.length == 0) {
      out.accept(new ReadEvent.Skipped(ref, "empty (0 bytes)"));
      return;
    }
    if (looksBinary(bytes)) {
      out.accept(new ReadEvent.Skipped(ref, "binary content, not text or HTML"));
      return;
    }
    Decoded d = CharsetSniffer.decode(bytes, httpCharset, html);
    if (d.malformed() > 0) {
      double share = d.malformed() / (double) Math.max(1, d.text().length());
      if (share > 0.05) {
        out.accept(new ReadEvent.Skipped(ref, String.format(Locale.ROOT,
            "invalid %s: %d malformed byte sequences (%.0f%% of the text)", d.charset(), d.malformed(),
            share * 100)));
        return;
      }
      out.accept(new ReadEvent.Warning(ref, "invalid " + d.charset() + ": " + d.malformed()
          + " malformed byte sequence(s) replaced by U+FFFD"));
    }
    if (d.text().isBlank()) {
      out.accept(new ReadEvent.Skipped(ref, "no text (only whitespace)"));
      return;
    }
    out.accept(new ReadEvent.PageRead(new Page(prov, html ? PageFormat.HTML : PageFormat.TEXT, d.text(),
        d.charset())));
  }

  /** NUL bytes or a high share of control characters mean this is not a text page. */
  static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, 8192), ctrl = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) return !(looksUtf16(b));
      if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) ctrl++;
    }
    return ctrl * 10 > n;
  }

  private static boolean looksUtf16(byte[] b) {
    return b.length >= 2 && (((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
        || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE));
  }

  static Kind sniff(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("warc/")) return Kind.WARC;
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
        || head.contains("<head")) {
      return Kind.HTML;
    }
    return Kind.TEXT;
  }

  private byte[] gunzip(byte[] bytes, String ref) throws BadInputException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return readBounded(in, maxRecordBytes, ref);
    } catch (EOFException e) {
      throw new BadInputException("truncated gzip stream");
    } catch (IOException e) {
      throw new BadInputException("not valid gzip: " + describe(e));
    }
  }

  private static byte[] gunzipHead(byte[] bytes) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readNBytes(16);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static boolean startsWith(byte[] b, String prefix) {
    if (b.length < prefix.length()) return false;
    for (int i = 0; i < prefix.length(); i++) if (b[i] != prefix.charAt(i)) return false;
    return true;
  }

  static byte[] readBounded(InputStream in, int max, String ref) throws IOException {
    byte[] b = in.readNBytes(max + 1);
    if (b.length > max) throw new BadInputException("over the " + max + "-byte limit per page");
    return b;
  }

  static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  /** A bad item: the message is the one-line reason shown to the user. */
  static final class BadInputException extends IOException {
    BadInputException(String m) {
      super(m);
    }
  }

}
