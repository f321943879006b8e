package vn.bantin.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import vn.bantin.model.Provenance;

/**
 * Pages from WARC and WARC.gz files through jwarc: {@code response} records with HTML payloads, and {@code
 * resource} / {@code conversion} records holding text (WET) or HTML. Every other record is reported as skipped
 * with its type, so read + skipped always equals the number of records.
 */
final class WarcPages {
  private final int maxRecordBytes;

  WarcPages(int maxRecordBytes) {
    this.maxRecordBytes = maxRecordBytes;
  }

  void read(Path file, String ref, Consumer<ReadEvent> out) throws IOException {
    try (WarcReader r = new WarcReader(file)) {
      loop(r, ref, out);
    }
  }

  void read(InputStream in, String ref, Consumer<ReadEvent> out) throws IOException {
    try (WarcReader r = new WarcReader(in)) {
      loop(r, ref, out);
    }
  }

  private void loop(WarcReader reader, String file, Consumer<ReadEvent> out) {
    reader.onWarning(w -> out.accept(new ReadEvent.Warning(file + "#" + reader.position(), "WARC: " + w)));
    while (true) {
      WarcRecord rec;
      long offset = reader.position();
      try {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) return;
        rec = next.get();
        offset = reader.position();
      } catch (EOFException | ZipException e) {
        out.accept(new ReadEvent.Skipped(file + "#" + offset, "truncated or corrupt WARC after byte " + offset
            + " (" + PageReader.describe(e) + "); the rest of this file cannot be read"));
        return;
      } catch (ParsingException e) {
        out.accept(new ReadEvent.Skipped(file + "#" + offset, "not a valid WARC record at byte " + offset
            + ": " + e.getMessage() + "; the rest of this file cannot be read"));
        return;
      } catch (IOException | RuntimeException e) {
        out.accept(new ReadEvent.Skipped(file + "#" + offset, "cannot read WARC at byte " + offset + ": "
            + e + "; the rest of this file cannot be read"));
        return;
      }
      String ref = file + "#" + offset;
      try {
        handle(rec, file, offset, out);
      } catch (PageReader.BadInputException e) {
        out.accept(new ReadEvent.Skipped(ref, e.getMessage()));
      } catch (EOFException e) {
        out.accept(new ReadEvent.Skipped(ref, "record body truncated (" + PageReader.describe(e) + ")"));
        return;
      } catch (IOException | RuntimeException e) {
        out.accept(new ReadEvent.Skipped(ref, "cannot read record: " + e));
      }
    }
  }

  private void handle(WarcRecord rec, String file, long offset, Consumer<ReadEvent> out) throws IOException {
    String ref = file + "#" + offset;
    String url = rec instanceof WarcTargetRecord t ? t.target() : null;
    Provenance prov = new Provenance(file, rec.id() == null ? null : rec.id().toString(), offset, url, rec.date());
    if (rec instanceof WarcResponse resp) {
      HttpResponse http;
      try {
        http = resp.http();
      } catch (IOException | RuntimeException e) {
        out.accept(new ReadEvent.Skipped(ref, "response record without a parseable HTTP message (" + e.getMessage()
            + ")"));
        return;
      }
      if (http.status() < 200 || http.status() >= 300) {
        out.accept(new ReadEvent.Skipped(ref, "HTTP status " + http.status() + " for " + url));
        return;
      }
      MediaType ct = http.contentType();
      String base = ct == null ? "" : ct.base().toString().toLowerCase(Locale.ROOT);
      if (!base.isEmpty() && !base.contains("html") && !base.equals("text/plain")) {
        out.accept(new ReadEvent.Skipped(ref, "not HTML (" + base + ") for " + url));
        return;
      }
      byte[] bytes = PageReader.readBounded(http.bodyDecoded().stream(), maxRecordBytes, ref);
      String cs = ct == null ? null : ct.parameters().get("charset");
      PageReader.emit(prov, bytes, !base.equals("text/plain") || PageReader.sniff(bytes) == PageReader.Kind.HTML,
          cs, out);
    } else if (rec instanceof WarcResource || rec instanceof WarcConversion) {
      MediaType ct = rec.contentType();
      String base = ct == null ? "" : ct.base().toString().toLowerCase(Locale.ROOT);
      if (!base.isEmpty() && !base.startsWith("text/") && !base.contains("html")) {
        out.accept(new ReadEvent.Skipped(ref, rec.type() + " record is not text (" + base + ")"));
        return;
      }
      byte[] bytes = PageReader.readBounded(rec.body().stream(), maxRecordBytes, ref);
      boolean html = base.contains("html") || (base.isEmpty() && PageReader.sniff(bytes) == PageReader.Kind.HTML);
      PageReader.emit(prov, bytes, html, ct == null ? null : ct.parameters().get("charset"), out);
    } else {
      out.accept(new ReadEvent.Skipped(ref, rec.type() + " record (only response, resource and conversion "
          + "records hold pages)"));
    }
  }
}
