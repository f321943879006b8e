package vn.bantin.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Forum threads (XenForo, vBulletin, phpBB and the Vietnamese forums built on them): the opening post is the
 * article, the replies under it are readers' comments. A thread shows as sibling post boxes of one markup
 * signature, each signed by its own poster (a {@code data-author} attribute or a "username"/"author"
 * element). When the content container is such a list and the first post holds the most prose, the first
 * post becomes the container. Bodies of news articles are never lists of separately signed boxes, so they
 * are left alone.
 */
final class ForumThread {
  private ForumThread() {}

  /** The opening post when {@code main} is (or wraps) a thread of signed posts; otherwise {@code main}. */
  static Element openingPost(Element main, ContentScorer scorer) {
    Element d = main;
    for (int level = 0; level < 4 && d != null; level++) {
      Element first = firstOfSignedPosts(d, scorer);
      if (first != null) return first;
      // go down through a wrapper that holds most of the prose
      ElementStats ds = scorer.stats.get(d);
      Element next = null;
      for (Element c : d.children()) {
        ElementStats cs = scorer.stats.get(c);
        if (ds != null && cs != null && cs.goodWords() >= 0.6 * ds.goodWords()) next = c;
      }
      d = next;
    }
    return main;
  }

  private static Element firstOfSignedPosts(Element parent, ContentScorer scorer) {
    if (parent.childrenSize() < 2) return null;
    // cheap first: the first child with a class and a later sibling of the same markup (posts repeat it)
    Element lead = null;
    for (Element c : parent.children()) {
      if (!c.className().isEmpty()) { lead = c; break; }
    }
    if (lead == null) return null;
    String signature = lead.normalName() + "." + lead.className();
    List<Element> same = new ArrayList<>();
    for (Element c : parent.children()) {
      if (c.normalName().equals(lead.normalName()) && c.className().equals(lead.className())) same.add(c);
    }
    if (same.size() < 2 || signature.isEmpty()) return null;
    List<Element> posts = new ArrayList<>();
    for (Element c : same) if (signed(c, scorer)) posts.add(c);
    if (posts.size() < 2 || posts.get(0) != lead) return null;
    ElementStats first = scorer.stats.get(posts.get(0));
    if (first == null || first.goodWords() < 25) return null;
    int rest = 0;
    for (int i = 1; i < posts.size(); i++) {
      ElementStats s = scorer.stats.get(posts.get(i));
      if (s != null) rest = Math.max(rest, s.goodWords());
    }
    return first.goodWords() > rest ? posts.get(0) : null;
  }

  /**
   * A box signed by its poster: a data-author attribute, or a byline-like element inside (author, username;
   * the scoring walk collected them, so no subtree search is needed).
   */
  static boolean signed(Element box, ContentScorer scorer) {
    if (!box.attr("data-author").isEmpty()) return true;
    ElementStats s = scorer.stats.get(box);
    if (s == null) return false;
    for (Element b : scorer.bylines) {
      ElementStats bs = scorer.stats.get(b);
      if (bs != null && bs.order() > s.order() && bs.order() <= s.end()) return true;
    }
    return false;
  }

  private static final org.jsoup.select.Evaluator POSTER =
      org.jsoup.select.QueryParser.parse(".username, [itemprop=author], .post-author, .message-name");

  /** The poster's name or handle of a signed post, or null. */
  static String poster(Element post) {
    String a = post.attr("data-author").strip();
    if (!a.isEmpty()) return a;
    Element u = post.selectFirst(POSTER);
    String t = u == null ? "" : Texts.squash(u.text());
    return t.isEmpty() || t.length() > 40 ? null : t;
  }
}
