package vn.bantin.extract.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutletsTest {
  private final Outlets outlets = Outlets.standard();

  private String name(Optional<Outlet> o) {
    return o.map(Outlet::name).orElse(null);
  }

  @Test
  void tableIsLargeAndWellFormed() {
    long vn = outlets.all().stream().filter(o -> o.kind().equals("vn")).count();
    long foreign = outlets.all().stream().filter(o -> !o.kind().equals("vn")).count();
    assertTrue(vn >= 80, "Vietnamese outlets: " + vn);
    assertTrue(foreign >= 40, "foreign outlets and agencies: " + foreign);
    Set<String> names = new HashSet<>();
    for (Outlet o : outlets.all()) {
      assertTrue(names.add(o.name()), "duplicate row " + o.name());
      assertTrue(Set.of("vn", "foreign", "agency").contains(o.kind()), o.toString());
      // every row can be found again by its own name and main domain
      assertEquals(o.name(), name(outlets.byName(o.name())), o.toString());
      if (o.domain() != null) assertEquals(o, outlets.byUrl("https://" + o.domain() + "/a.html").orElse(null));
    }
  }

  @Test
  void nameLookupToleratesCaseDiacriticsSpacingAndDomains() {
    for (String s : new String[] {"Danviet", "Dân Việt", "DÂN VIỆT", "dan viet", "danviet.vn", "Báo Dân Việt"}) {
      assertEquals("Dân Việt", name(outlets.byName(s)), s);
    }
    assertEquals("VnExpress", name(outlets.byName("VNE")));
    assertEquals("VnExpress", name(outlets.byName("vnexpress.net")));
    assertEquals("Báo Quốc tế", name(outlets.byName("TGVN")));
    assertEquals("Báo Quốc tế", name(outlets.byName("Baoquocte.vn")));
    assertEquals("Znews", name(outlets.byName("Zing")));
    assertEquals("Tân Hoa Xã", name(outlets.byName("Xinhua")));
    assertEquals("Tân Hoa Xã", name(outlets.byName("hãng thông tấn Tân Hoa Xã")));
    assertEquals("AP", name(outlets.byName("Associated Press")));
    assertEquals("Yonhap", name(outlets.byName("hãng tin Yonhap")));
    assertEquals("TTXVN", name(outlets.byName("TTXVN")));
    assertEquals("Báo Tin tức", name(outlets.byUrl("https://baotintuc.vn/the-gioi/a.htm")));
    assertEquals("Daily Star", name(outlets.byName("Daily Star")));
    assertEquals("New York Times", name(outlets.byName("NYT")));
    assertEquals("Báo Nghệ An", name(outlets.byName("Baonghean.vn")));
    assertEquals(Optional.empty(), outlets.byName("Dreamstime"));
    assertEquals(Optional.empty(), outlets.byName(""));
    assertEquals(Optional.empty(), outlets.byName(null));
  }

  @Test
  void urlLookupUsesHostParentDomainsAndPathPrefix() {
    assertEquals("Báo Quốc tế", name(outlets.byUrl("https://baoquocte.vn/my-tran-an-han-quoc-305760.html")));
    assertEquals("VnExpress", name(outlets.byUrl("http://www.vnexpress.net/the-gioi")));
    assertEquals("Ngôi sao", name(outlets.byUrl("https://ngoisao.vnexpress.net/x.html")));
    assertEquals("VnExpress", name(outlets.byUrl("https://video.vnexpress.net/x.html")));
    assertEquals("BBC tiếng Việt", name(outlets.byUrl("https://www.bbc.com/vietnamese/articles/c1")));
    assertEquals("BBC", name(outlets.byUrl("https://www.bbc.com/news/world-1")));
    assertEquals("Dân Việt", name(outlets.byUrl("danviet.vn")));
    assertEquals(Optional.empty(), outlets.byUrl("https://example.com/a"));
    assertEquals(Optional.empty(), outlets.byUrl("not a url at all"));
  }

  @Test
  void customTablesParse() throws IOException {
    Outlets t = Outlets.parse(new BufferedReader(new StringReader(
        "# comment\nBáo Mẫu\tvn\tMau|BM\tbaomau.vn\n")));
    assertEquals(1, t.all().size());
    assertEquals("Báo Mẫu", name(t.byName("bm")));
    assertEquals("Báo Mẫu", name(t.byUrl("https://baomau.vn/x")));
  }
}
